// The one header through which the production server tells the app who is on the other end of
// the socket. Next's own server only fills X-Forwarded-For when the client did not send one, so
// inside the app a client-written X-Forwarded-For looks exactly like the socket's address.
export const CLIENT_IP_HEADER = "x-candor-client-ip";

/**
 * Replaces whatever the client sent under CLIENT_IP_HEADER (Node lower-cases names and joins
 * repeats, so one delete removes every spelling) with the socket's own peer address.
 */
export function stampClientAddress(req) {
  delete req.headers[CLIENT_IP_HEADER];
  const address = req.socket?.remoteAddress;
  if (address) req.headers[CLIENT_IP_HEADER] = address;
}
