export declare const CLIENT_IP_HEADER: "x-candor-client-ip";
export declare function stampClientAddress(req: import("node:http").IncomingMessage): void;
