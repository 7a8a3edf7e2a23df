/**
 * Given and family names by origin. Operatives in the advisories apply under stolen or borrowed
 * identities of any origin (US, Japanese, Italian, Ukrainian...), so every origin appears under
 * both labels in the same proportions: origin must never predict the label.
 *
 * Korean given names are modern South Korean forms; no combination is meant to match a real
 * person, and validate.ts checks the generated names against the sanctions lists when present.
 */
export const ORIGINS = [
  "korean",
  "chinese",
  "japanese",
  "vietnamese",
  "indian",
  "arab",
  "hispanic",
  "slavic",
  "anglo",
  "african",
  "italian",
  "filipino",
] as const;
export type Origin = (typeof ORIGINS)[number];

interface NamePool {
  given: readonly string[];
  family: readonly string[];
  /** Where people of this origin in the set live; the same list serves both labels. */
  homes: readonly string[];
}

export const NAMES: Record<Origin, NamePool> = {
  korean: {
    given: ["Ji-hoon", "Min-jun", "Seo-yeon", "Ha-eun", "Do-yoon", "Ye-jin", "Hyun-woo", "Su-bin", "Jae-won", "Eun-ji",
      "Tae-yang", "Na-rae", "Sung-min", "Yoo-jin", "Dong-hyun", "Chae-won", "Joon-ho", "Da-eun", "Kyung-soo", "Hye-rin"],
    family: ["Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
      "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon"],
    homes: ["US", "US", "KR", "KR", "CA"],
  },
  chinese: {
    given: ["Yiming", "Xinyi", "Haoran", "Zihan", "Yuxuan", "Ruoxi", "Jiahao", "Mengyao", "Zhiyuan", "Shuting",
      "Junjie", "Yutong", "Kaiwen", "Siqi", "Bowen", "Lingling", "Tianyu", "Yating", "Chenxi", "Ruilin"],
    family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
      "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"],
    homes: ["US", "US", "SG", "CA", "CN"],
  },
  japanese: {
    given: ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kaito", "Mio",
      "Riku", "Yuna", "Takumi", "Koharu", "Daiki", "Airi", "Shota", "Nanami", "Kenta", "Emi"],
    family: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
      "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori"],
    homes: ["JP", "JP", "US"],
  },
  vietnamese: {
    given: ["Minh Anh", "Quoc Bao", "Thu Trang", "Duc Huy", "Ngoc Lan", "Van Long", "Thanh Hoa", "Gia Huy", "Bich Ngoc", "Tuan Kiet",
      "Hai Yen", "Minh Khoa", "Phuong Linh", "Dang Khoa", "Khanh Vy", "Trung Hieu", "Mai Phuong", "Hoang Nam", "Thao Nguyen", "Quang Vinh"],
    family: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui",
      "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Mai", "Trinh", "Luong"],
    homes: ["VN", "VN", "US", "AU"],
  },
  indian: {
    given: ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Siddharth", "Meera",
      "Karthik", "Divya", "Rahul", "Pooja", "Aditya", "Nisha", "Varun", "Ishita", "Nikhil", "Shreya"],
    family: ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Singh", "Kumar", "Menon", "Rao",
      "Desai", "Joshi", "Chatterjee", "Mehta", "Pillai", "Verma", "Kulkarni", "Bhat", "Agarwal", "Krishnan"],
    homes: ["IN", "IN", "US", "GB", "CA"],
  },
  arab: {
    given: ["Omar", "Layla", "Youssef", "Nour", "Khaled", "Rania", "Tariq", "Salma", "Karim", "Hana",
      "Ziad", "Amira", "Faris", "Dina", "Samir", "Yasmin", "Hamza", "Lina", "Bilal", "Maha"],
    family: ["Haddad", "Khalil", "Nasser", "Mansour", "Saleh", "Aziz", "Hamdan", "Farouk", "Darwish", "Qasim",
      "Rahman", "Suleiman", "Barakat", "Jaber", "Hassan", "Kassab", "Awad", "Najjar", "Shami", "Odeh"],
    homes: ["AE", "EG", "JO", "GB", "US"],
  },
  hispanic: {
    given: ["Alejandro", "Valentina", "Mateo", "Camila", "Santiago", "Lucia", "Diego", "Sofia", "Andres", "Daniela",
      "Javier", "Mariana", "Carlos", "Gabriela", "Miguel", "Paula", "Sebastian", "Isabela", "Emilio", "Renata"],
    family: ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres",
      "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Castillo", "Vargas", "Romero", "Herrera", "Medina"],
    homes: ["MX", "ES", "CO", "AR", "US"],
  },
  slavic: {
    given: ["Oleksandr", "Kateryna", "Dmytro", "Olena", "Piotr", "Agnieszka", "Marek", "Zofia", "Nikola", "Milica",
      "Andriy", "Iryna", "Tomasz", "Marta", "Stefan", "Jelena", "Bohdan", "Natalia", "Lukas", "Tereza"],
    family: ["Nowak", "Shevchenko", "Kovalenko", "Bondarenko", "Petrovic", "Jovanovic", "Novak", "Horvat", "Melnyk", "Tkachenko",
      "Dvorak", "Marinkovic", "Kravchenko", "Svoboda", "Popovic", "Moroz", "Lysenko", "Nikolic", "Wojcik", "Hrytsenko"],
    homes: ["PL", "UA", "RS", "CZ", "US"],
  },
  anglo: {
    given: ["James", "Emily", "Michael", "Sarah", "Ryan", "Hannah", "Daniel", "Olivia", "Matthew", "Grace",
      "Thomas", "Chloe", "Andrew", "Megan", "Benjamin", "Lauren", "Jacob", "Rachel", "Nathan", "Abigail"],
    family: ["Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thompson",
      "Walker", "Harris", "Clark", "Lewis", "Robinson", "Hall", "Young", "Wright", "Baker", "Mitchell"],
    homes: ["US", "US", "GB", "CA", "AU"],
  },
  african: {
    given: ["Chinedu", "Amara", "Kwame", "Ngozi", "Tunde", "Wanjiru", "Kofi", "Adaeze", "Sipho", "Zanele",
      "Emeka", "Akosua", "Oluwaseun", "Njeri", "Tendai", "Folake", "Baraka", "Chiamaka", "Yaw", "Thandiwe"],
    family: ["Okafor", "Mensah", "Adeyemi", "Mwangi", "Nkosi", "Okonkwo", "Boateng", "Otieno", "Eze", "Asante",
      "Dlamini", "Balogun", "Kamau", "Owusu", "Nwosu", "Achieng", "Oyelaran", "Ndlovu", "Adjei", "Kariuki"],
    homes: ["NG", "KE", "GH", "ZA", "GB", "US"],
  },
  italian: {
    given: ["Luca", "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Lorenzo", "Elena",
      "Davide", "Martina", "Andrea", "Valentina", "Simone", "Federica", "Riccardo", "Alessia", "Gabriele", "Beatrice"],
    family: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
      "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"],
    homes: ["IT", "IT", "US", "DE"],
  },
  filipino: {
    given: ["Jose Miguel", "Maria Clara", "Paolo", "Kristine", "Mark Anthony", "Jasmine", "Carlo", "Angelica", "Rafael", "Bea",
      "Joshua", "Patricia", "Jerome", "Camille", "Vincent", "Nicole", "Adrian", "Danica", "Francis", "Joanna"],
    family: ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Aquino", "Dela Cruz", "Castro",
      "Ramos", "Soriano", "Navarro", "Manalo", "Pascual", "Salazar", "Tolentino", "Dizon", "Gonzaga", "Evangelista"],
    homes: ["PH", "PH", "US", "AU"],
  },
};

/** ASCII, lower case, no spaces: the part of a name that goes into an email or a URL. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "")
    .toLowerCase();
}
