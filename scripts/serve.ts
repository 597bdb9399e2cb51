// The production server: Next.js behind a plain Node HTTP server, so that each request
// carries the address of the connection it came on. Next.js does not give route handlers
// the socket, and its own X-Forwarded-For keeps whatever the client sent; the sign-in
// throttle needs the real peer (lib/auth/client-address.ts). Any header of that name sent
// by the client is overwritten here.
//   tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
import { createServer } from "node:http";
import next from "next";
import { PEER_HEADER } from "../lib/auth/client-address.ts";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return (at >= 0 ? process.argv[at + 1] : undefined) ?? fallback;
}

const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", "0.0.0.0");
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });

// Next compares a proxy.ts rewrite's origin with the one it builds from `hostname` and proxies
// it over HTTP when they differ; it writes a loopback address as "localhost" on the rewrite
// but not on its own side, so with 127.0.0.1 every cached page (proxy.ts rewrites them)
// became a second HTTP request to this server (vercel/next.js#94745). Named "localhost",
// the two agree; the socket still listens on the address given.
const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\])$/;
const app = next({
  dev: false,
  hostname: LOOPBACK.test(hostname) ? "localhost" : hostname,
  port,
  dir: new URL("..", import.meta.url).pathname,
});
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
// Idle keep-alive connections stay open longer than a load balancer's or client's own idle
// timeout (60 s on the common cloud balancers), so the server is never the side that closes
// a connection at the instant the other side reuses it: that race resets the request
// (ECONNRESET) instead of answering it. Node's default is 5 s.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`▲ Claimwatch ready on http://${hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
