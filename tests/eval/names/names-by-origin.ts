// Common given names and surnames by origin, written for this harness from general knowledge of
// naming practice. They are everyday names, not drawn from any list, so a hit on one of them
// (after removing exact listed names) is a false alarm a recruiter would see.
import { pick, type Rng } from "./util";

interface Origin {
  first: string;
  last: string;
  /** How a full name is put together; default "first last". */
  shape?: (f: () => string, l: () => string, rng: Rng) => string;
}

const w = (s: string): string[] => s.trim().split(/\s+/);

export const ORIGINS: Record<string, Origin> = {
  korean: {
    first:
      "Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Seo-jun Su-bin Hyun-woo Ye-jin Jae-won Eun-ji Sung-min Hye-jin Dong-hyun Mi-kyung Tae-yang Yu-na Joon-ho So-young Kyung-soo Jin-ah Woo-jin Bo-ra Sang-hoon Na-rae Jae-hyun Ga-young Seung-woo Hee-jung",
    last: "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Shim",
    shape: (f, l) => `${l()} ${f()}`,
  },
  chinese: {
    first:
      "Wei Fang Min Jing Lei Yan Jun Hui Ling Tao Xiaoming Yuxuan Haoran Zihan Xinyi Jiahao Yifan Mengyao Zhiwei Shuang Qiang Li Na Hong Bo Chen Rui Xue Kai Ying",
    last: "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao",
  },
  japanese: {
    first:
      "Haruto Yui Sota Aoi Yuto Hina Riku Sakura Takumi Yuna Kaito Mio Ren Akari Hiroshi Keiko Takeshi Yoko Kenji Naoko Daiki Ayaka Shota Misaki Kazuki Emi Yusuke Rina Tatsuya Mai",
    last: "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa",
  },
  vietnamese: {
    first:
      "Anh Minh Huong Linh Tuan Trang Hung Thao Duc Lan Quang Mai Phuong Thanh Hoa Long Ngoc Khanh Dung Hieu Thu Nam Vy Bao Trung Yen Khoa Nhung Phuc Hai",
    last: "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Truong Mai Lam Trinh Ta Cao Luu Quach",
    shape: (f, l, rng) =>
      `${l()} ${rng() < 0.6 ? pick(rng, w("Van Thi Duc Minh Ngoc Thanh")) + " " : ""}${f()}`,
  },
  indian: {
    first:
      "Aarav Priya Rahul Ananya Rohan Sneha Arjun Pooja Vikram Kavya Aditya Neha Sanjay Divya Amit Riya Suresh Lakshmi Karthik Meera Rajesh Anjali Vivek Shreya Manoj Deepa Nikhil Swati Harish Isha",
    last: "Sharma Verma Patel Reddy Iyer Nair Gupta Singh Kumar Das Joshi Mehta Rao Chatterjee Banerjee Mukherjee Pillai Menon Agarwal Desai Kulkarni Bhat Saxena Malhotra Kapoor Chauhan Pandey Mishra Tiwari Naidu",
  },
  arab: {
    first:
      "Omar Fatima Youssef Layla Karim Aisha Tariq Noor Hamza Mariam Khaled Salma Bilal Huda Nabil Rania Samir Yasmin Walid Dalia Faisal Lina Ziad Reem Adel Hana Majed Sara Rami Amal",
    last: "Haddad Khoury Nasser Saleh Mansour Darwish Habib Aziz Bakri Suleiman Farah Jaber Hamdan Qasim Shami Attar Najjar Sabbagh Awad Khalil Issa Odeh Zayed Barakat Hijazi Tamimi Karam Masri Sayegh Ghanem",
  },
  persian: {
    first:
      "Ali Maryam Reza Zahra Mehdi Fatemeh Hossein Sara Amir Niloufar Dariush Shirin Kaveh Parisa Babak Leila Arash Roya Farhad Nasrin Siavash Golnar Kourosh Mina Omid Azadeh Payam Negar Behrouz Shadi",
    last: "Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi Ghasemi Tehrani Shirazi Esfahani Kazemi Nouri Abbasi Farahani Bagheri Mousavi Amini Safavi Zand Rostami Yazdani Golzar Parsa Hedayati Kamali Navabi",
  },
  turkish: {
    first:
      "Mehmet Ayse Mustafa Fatma Emre Zeynep Burak Elif Can Merve Murat Ozlem Serkan Esra Hakan Deniz Onur Gizem Kerem Selin Baris Tugba Volkan Derya Cem Sibel Tolga Pinar Umut Ebru",
    last: "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara Koc Kurt Ozkan Simsek Polat Erdem Korkmaz Tekin Aksoy Unal Gunes Bulut Keskin Ozer",
  },
  hispanic: {
    first:
      "Jose Maria Juan Carmen Luis Ana Carlos Lucia Javier Sofia Miguel Isabel Alejandro Elena Diego Paula Fernando Laura Pablo Marta Andres Gabriela Ricardo Valentina Sergio Camila Raul Daniela Jorge Natalia",
    last: "Garcia Rodriguez Martinez Lopez Gonzalez Hernandez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Ortiz Castillo Jimenez Ruiz Vargas Romero Alvarez Mendoza Navarro Herrera Medina Aguilar Castro Vega Soto",
    shape: (f, l, rng) => (rng() < 0.5 ? `${f()} ${l()} ${l()}` : `${f()} ${l()}`),
  },
  portuguese: {
    first:
      "Joao Ana Pedro Mariana Tiago Beatriz Rafael Ines Bruno Carolina Lucas Larissa Gustavo Fernanda Rodrigo Juliana Thiago Leticia Diogo Raquel Vinicius Patricia Mateus Bianca Andre Renata Felipe Tatiana Marcelo Vitoria",
    last: "Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes Ribeiro Martins Rocha Alves Lima Araujo Barbosa Cardoso Teixeira Correia Mendes Pinto Moreira Nunes Cavalcanti Monteiro Freitas Batista Dias Vieira",
    shape: (f, l, rng) =>
      rng() < 0.3
        ? `${f()} ${pick(rng, ["da", "dos", "de"])} ${l()}`
        : `${f()} ${l()} ${rng() < 0.4 ? l() : ""}`.trim(),
  },
  slavic: {
    first:
      "Ivan Olga Dmitri Natalia Sergei Elena Alexei Irina Nikolai Tatiana Mikhail Svetlana Pavel Anna Andrei Yulia Piotr Katarzyna Tomasz Agnieszka Jan Zofia Milan Jelena Dragan Milica Bohdan Oksana Vaclav Lenka",
    last: "Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Novak Kowalski Wisniewska Petrovic Jovanovic Horvat Dvorak Nowak Zielinski Melnyk Shevchenko Bondarenko Kovalenko Volkova Morozov Pavlova Kozlova Stepanov Nikolic Markovic Svoboda Wojcik Kaminski Lewandowska",
  },
  anglo: {
    first:
      "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Thomas Jessica Charles Sarah Daniel Karen Matthew Nancy Anthony Lisa Mark Emily Paul Hannah Steven Chloe",
    last: "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell",
  },
  german: {
    first:
      "Lukas Anna Maximilian Lena Felix Laura Jonas Julia Leon Sophie Paul Hannah Tobias Katharina Florian Johanna Stefan Sabine Jurgen Petra Dieter Ursula Matthias Claudia Andreas Monika Klaus Birgit Wolfgang Heike",
    last: "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Kohler",
  },
  french: {
    first:
      "Jean Marie Pierre Camille Louis Chloe Hugo Manon Thomas Juliette Nicolas Claire Antoine Amelie Julien Margaux Mathieu Elodie Olivier Celine Guillaume Aurelie Sebastien Helene Francois Isabelle Benoit Sandrine Yves Mathilde",
    last: "Martin Bernard Dubois Durand Leroy Moreau Simon Laurent Lefebvre Michel Garnier Rousseau Fournier Girard Bonnet Dupont Lambert Fontaine Chevalier Robin Masson Marchand Duval Denis Lemaire Faure Mercier Blanc Guerin Boyer",
  },
  italian: {
    first:
      "Giuseppe Giulia Marco Francesca Alessandro Chiara Luca Sara Matteo Martina Lorenzo Elisa Andrea Valentina Davide Federica Simone Alessia Stefano Silvia Roberto Paola Francesco Elena Riccardo Giorgia Paolo Ilaria Gianluca Beatrice",
    last: "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone",
  },
  yoruba: {
    first:
      "Adebayo Folake Oluwaseun Titilayo Babatunde Yetunde Olumide Funmilayo Ayodele Bukola Kehinde Taiwo Oluwafemi Abimbola Adewale Omolara Segun Temitope Tunde Ronke Femi Bisola Kayode Adunni Gbenga Morenike Dayo Modupe Wale Iyabo",
    last: "Adeyemi Ogunleye Adebayo Okonkwo Olawale Akinola Adeleke Ogunbiyi Balogun Oyelaran Adesina Afolabi Olatunji Ogundipe Akande Oladipo Ajayi Fashola Babalola Oyewole Adekunle Ilori Odunsi Alabi Oyedele Ogunlesi Akintola Bamidele Olaniyan Adegoke",
  },
  swahili: {
    first:
      "Baraka Neema Juma Amani Omari Zawadi Hamisi Rehema Bakari Imani Rashidi Mwanaisha Salim Subira Jabari Zuri Kassim Furaha Abdallah Halima Athumani Upendo Makame Saida Msafiri Pendo Shabani Tumaini Ramadhani Mwajuma",
    last: "Mwangi Otieno Kamau Njoroge Wanjiru Odhiambo Mutua Kiprop Mohamed Mbwana Said Nyerere Kombo Mfinanga Massawe Mushi Lyimo Shirima Mrema Kimaro Swai Temba Mollel Laizer Kisanga Mwakyusa Chande Haji Makamba Salehe",
  },
  amharic: {
    first:
      "Abebe Tigist Dawit Meron Yohannes Selam Tesfaye Hiwot Bekele Mekdes Girma Bethlehem Solomon Rahel Kebede Liya Haile Eden Mulugeta Saba Getachew Tsion Alemayehu Marta Tadesse Hanna Berhanu Senait Tewodros Frehiwot",
    last: "Tesfaye Bekele Kebede Haile Girma Tadesse Alemu Mengistu Wolde Gebre Desta Abera Negash Assefa Worku Demissie Lemma Tefera Yilma Ayele Mekonnen Getahun Zewde Berhane Shiferaw Asfaw Kassa Mulatu Gebremedhin Woldemariam",
  },
  filipino: {
    first:
      "Jose Maria Juan Angelica Mark Kristine Jerome Rowena Rodel Marites Jayson Lovely Arnel Joy Rommel Cherry Ryan Maricel Aldrin Jocelyn Ramil Rochelle Noel Analyn Dante Liezl Efren Girlie Bong Precious",
    last: "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado Manalo Dimaculangan Soriano Pascual Gonzales Lopez Domingo Dizon Valdez Panganiban",
  },
  indonesian: {
    first:
      "Budi Siti Agus Dewi Eko Sri Hendra Rina Joko Wulan Rudi Indah Bambang Lestari Andi Ayu Yudi Fitri Dedi Ratna Wahyu Nur Arief Putri Teguh Kartika Irfan Sari Rizky Dian",
    last: "Santoso Wijaya Saputra Hidayat Kusuma Pratama Setiawan Nugroho Gunawan Sutanto Halim Susanto Purnomo Hartono Wibowo Lim Tanoto Siregar Nasution Simanjuntak Harahap Sitompul Rahman Suharto Wahyudi Kurniawan Permana Hakim Irawan Utomo",
  },
};

/** A random full name of the origin. */
export function makeName(origin: string, rng: Rng): string {
  const o = ORIGINS[origin];
  if (!o) throw new Error(`unknown origin ${origin}`);
  const fs = w(o.first);
  const ls = w(o.last);
  const f = (): string => pick(rng, fs);
  const l = (): string => pick(rng, ls);
  return o.shape ? o.shape(f, l, rng) : `${f()} ${l()}`;
}
