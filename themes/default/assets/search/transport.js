// The index's bytes over HTTP, as byte ranges where the server honours them.

async function fetchBytes(address, headers) {
  const response = await fetch(address, headers ? { headers } : {});
  if (!response.ok) throw new Error(address + ': HTTP ' + response.status);
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/**
 * A transport for SearchIndex. A server that answers a range request with the whole file (200) would send the whole
 * file again for every later range of it. The first range request finds out (the others wait for it); if ranges are
 * ignored, each file is fetched whole once and kept for the session.
 */
export function httpTransport() {
  const whole = new Map();
  let ranges = null, probe = null;  // ranges: null unknown, true honoured, false ignored
  const transport = (address, path, start, end) => {
    const cut = bytes => bytes.subarray(start, end);
    if (start === undefined) return fetchBytes(address).then(r => r.bytes);
    if (whole.has(path)) return whole.get(path).then(cut);
    if (ranges === false) {
      const bytes = fetchBytes(address).then(r => r.bytes);
      whole.set(path, bytes);
      bytes.catch(() => whole.delete(path));
      return bytes.then(cut);
    }
    if (ranges === null && probe) return probe.then(() => transport(address, path, start, end));
    const request = fetchBytes(address, { Range: 'bytes=' + start + '-' + (end - 1) }).then(r => {
      if (r.status === 200) {
        ranges = false;
        whole.set(path, Promise.resolve(r.bytes));
        return cut(r.bytes);
      }
      ranges = true;
      return r.bytes;
    });
    if (ranges === null) probe = request.then(() => {}, () => { probe = null; });
    return request;
  };
  return transport;
}
