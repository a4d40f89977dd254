// The cookie notice's memory. Until a reader answers, nothing is recorded and
// no cookie is set; their answer is the only cookie analytics ever needs.

export const consentCookie = 'nr_consent';
export type Consent = 'accepted' | 'declined' | 'unanswered';

export function readConsent(cookieValue: string | undefined): Consent {
  return cookieValue === 'yes' ? 'accepted' : cookieValue === 'no' ? 'declined' : 'unanswered';
}

export const consentMaxAgeSeconds = 365 * 24 * 3600;
