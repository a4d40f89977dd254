// All event types of the evaluation set, by section.
import type { EventType } from './eval-types.ts';
import { POLITICS, CIVIC } from './eval-tpl-politics.ts';
import { BUSINESS, LABOUR } from './eval-tpl-business.ts';
import { TRANSPORT, DISASTER } from './eval-tpl-events.ts';
import { COURTS, SPORTS } from './eval-tpl-courts-sports.ts';
import { SCIENCE, CULTURE } from './eval-tpl-science-culture.ts';

export const TYPES: EventType[] = [...POLITICS, ...CIVIC, ...BUSINESS, ...LABOUR, ...TRANSPORT, ...DISASTER, ...COURTS, ...SPORTS, ...SCIENCE, ...CULTURE];
