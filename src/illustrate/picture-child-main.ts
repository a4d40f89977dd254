// The picture process's side: draws cards and stores pictures with their
// renditions, one message per task, answering each with what it stored.
import { renderCard } from './card.ts';
import { storeImage, validateImage } from './renditions.ts';
import type { PictureReply, PictureRequest } from './picture-process.ts';

const reply = (m: PictureReply) => process.send?.(m);

process.on('message', async ({ id, task }: PictureRequest) => {
  try {
    const bytes = task.kind === 'card' ? await renderCard(task.input) : Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    if (task.kind === 'picture') await validateImage(bytes);
    reply({ id, stored: await storeImage(task.dir, bytes, task.xmp) });
  } catch (e) {
    const err = e as Error;
    reply({ id, error: { name: err.constructor?.name ?? 'Error', message: err.message ?? String(e) } });
  }
});
// the parent went away (or closed the channel): nothing more will come
process.on('disconnect', () => process.exit(0));
