import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { sendNotFound } from '../http/errors';
import type { ZendeskState } from '../model/state';
import { toneWav } from './wav';

/** Recordings longer than this play as a loop of this length: the emulator has no real audio. */
const MAX_SECONDS = 15;

/** Talk's recording path for a call, the form recording URLs on voice comments take. */
export function recordingPath(callSid: string): string {
  return `/api/v2/channels/voice/calls/${callSid}/twilio/call/recording`;
}

/** A Twilio-style call id (`CA` + 32 hex) for a new emulated call. */
export function newCallSid(): string {
  return `CA${randomBytes(16).toString('hex')}`;
}

/**
 * Serves the audio behind each voice comment's `recording_url` as `audio/wav`. It needs no
 * credentials so that a plain `<audio>` element on the local page can play it.
 */
export function recordingRoutes(state: ZendeskState): Router {
  const router = Router();
  let durations = new Map<string, number>();
  let indexedVersion = -1;
  const durationOf = (sid: string) => {
    if (indexedVersion !== state.version) {
      durations = new Map();
      for (const stored of state.data.tickets) {
        for (const comment of stored.comments) {
          const match = comment.data && /\/calls\/([^/]+)\/twilio\/call\/recording$/.exec(comment.data.recording_url);
          if (match) durations.set(match[1], comment.data!.call_duration);
        }
      }
      indexedVersion = state.version;
    }
    return durations.get(sid);
  };

  router.get('/api/v2/channels/voice/calls/:sid/twilio/call/recording', (req, res) => {
    const seconds = durationOf(req.params.sid);
    if (seconds === undefined) return sendNotFound(res);
    res.set({ 'Content-Type': 'audio/wav', 'Cache-Control': 'private, max-age=3600' });
    res.send(toneWav(Math.min(Math.max(seconds, 1), MAX_SECONDS)));
  });

  return router;
}
