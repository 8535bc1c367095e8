/**
 * A file's bytes, a piece at a time, each piece read only when the one before
 * has been used: a file of gigabytes never sits in memory. Read by slicing
 * rather than by `Blob.stream()`, whose pieces are the engine's choice:
 * Firefox streams a file held in memory as one piece, however large.
 */
export async function* filePieces(file: Blob, pieceSize: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < file.size; start += pieceSize)
    yield new Uint8Array(await file.slice(start, start + pieceSize).arrayBuffer());
}
