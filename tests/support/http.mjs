// One HTTP request as a test needs it: the path sent as written (a URL object would resolve
// "%2e%2e/" first), exactly the headers given (fetch adds its own Accept-Encoding and decodes
// the body), the answer's headers and its bytes as sent.
import { request } from "node:http";

export function get(url, headers = {}, method = "GET") {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const path = url.slice(url.indexOf("/", url.indexOf("//") + 2));
    const sent = request({ hostname, port, path, method, headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    sent.on("error", reject);
    sent.end();
  });
}
