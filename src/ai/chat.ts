// Chat completions that must answer one JSON object: the request every
// caller sends, and the reading of the answer (a refusal, a filtered or cut
// off answer, or text that is not JSON is a ChatAnswerError saying so).

export interface ChatAnswer {
  choices?: Array<{ message?: { content?: string | null; refusal?: string | null }; finish_reason?: string }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

export class ChatAnswerError extends Error {}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language as a prompt names it: "ko" → "Korean", "pt-BR" → "Brazilian Portuguese"; the code itself if ICU does not know it. */
export function languageName(tag: string): string {
  try {
    return displayNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Deterministic, JSON-only: the same messages make the same request (and hit the same cache entry). */
export function chatRequest(model: string, messages: unknown[]) {
  return { model, messages, temperature: 0, response_format: { type: 'json_object' } };
}

/** Is this an answer worth keeping (a message, not a refusal)? */
export function usableAnswer(answer: ChatAnswer | undefined): boolean {
  const message = answer?.choices?.[0]?.message;
  return Boolean(message?.content && !message.refusal);
}

/** The JSON value the model answered with. */
export function chatJson(answer: ChatAnswer | undefined): unknown {
  const choice = answer?.choices?.[0];
  if (!choice?.message) throw new ChatAnswerError('the model sent no message');
  if (choice.message.refusal) throw new ChatAnswerError(`the model refused: ${choice.message.refusal}`);
  if (choice.finish_reason === 'content_filter') throw new ChatAnswerError('the model refused: content filter');
  if (choice.finish_reason === 'length') throw new ChatAnswerError('the model\'s answer was cut off (length limit)');
  try {
    // some servers wrap JSON in a Markdown fence despite response_format
    return JSON.parse((choice.message.content ?? '').trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    throw new ChatAnswerError('the model\'s answer is not valid JSON');
  }
}
