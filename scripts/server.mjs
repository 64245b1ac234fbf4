// PlanDrop's production server: Next.js behind a plain Node HTTP server that does two things
// `next start` cannot. It appends the address that opened the connection to X-Forwarded-For, as
// a proxy would, so lib/auth/client-address.ts can tell a client's own entries from the hops
// added by trusted proxies (TRUSTED_PROXIES); and it answers requests Node refuses before Next
// sees them (headers too large, malformed) with one sentence instead of an empty body.
// Usage: node scripts/server.mjs [-H host] [-p port]   (defaults: HOST/PORT, then 127.0.0.1:3000)
import { createServer } from "node:http";
import next from "next";

const argument = (flag) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
};
const hostname = argument("-H") ?? process.env.HOST ?? "127.0.0.1";
const port = Number(argument("-p") ?? process.env.PORT ?? 3000);

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const REFUSALS = {
  HPE_HEADER_OVERFLOW: [431, "The request's headers are too large; clear this site's cookies and try again."],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, "The request is too large."],
};

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  void handle(request, response);
});

server.on("clientError", (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const [status, message] = REFUSALS[error.code] ?? [400, "The request could not be read."];
  const body = JSON.stringify({ error: { code: status === 431 ? "headers_too_large" : "bad_request", message } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : status === 413 ? "Payload Too Large" : "Bad Request"}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
});

server.listen(port, hostname, () => console.log(`PlanDrop is listening on http://${hostname}:${port}`));
