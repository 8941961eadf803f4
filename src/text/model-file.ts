import { gunzipSync, gzipSync } from 'node:zlib';
import type { LinearModel } from './linear-model.js';

/**
 * The committed weight file: gzip of [u32 header length][JSON header][int16 weights]. Weights are
 * stored as int16 steps of maxAbs / 32767 and scored as such (see LinearModel): a 2^20-bucket model is
 * 8 MB as float64 but ~1.5 MB here, and the rounding (< 1e-4 per weight) never changed a held-out
 * prediction when we checked.
 */
interface Header {
  bits: number;
  bias: number;
  scale: number;
}

const INT16_MAX = 32767;

export function encodeModel(model: { bits: number; bias: number; weights: ArrayLike<number> }): Buffer {
  let maxAbs = 0;
  for (let i = 0; i < model.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]));
  const scale = maxAbs > 0 ? maxAbs / INT16_MAX : 1;
  const quantised = new Int16Array(model.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round(model.weights[i] / scale);
  const header = Buffer.from(JSON.stringify({ bits: model.bits, bias: model.bias, scale } satisfies Header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([length, header, Buffer.from(quantised.buffer)]), { level: 9 });
}

export function decodeModel(file: Uint8Array): LinearModel {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  const body = raw.subarray(4 + headerLength);
  const quantised = new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  if (quantised.length !== 1 << header.bits) throw new Error(`sentiment model holds ${quantised.length} weights, expected 2^${header.bits}`);
  return { bits: header.bits, bias: header.bias, weights: quantised, scale: header.scale };
}
