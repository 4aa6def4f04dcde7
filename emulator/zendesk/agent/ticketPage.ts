import { Router, type RequestHandler } from 'express';
import type { ZendeskState } from '../model/state';
import type { Comment, StoredTicket } from '../model/types';
import { authenticate } from '../http/auth';
import { escapeHtml } from '../http/html';

const escape = (text: unknown) => escapeHtml(String(text ?? ''));

/** A browser without credentials is asked for them, as a Zendesk agent sign-in would. */
const askForCredentials: RequestHandler = (req, res, next) => {
  if (req.get('authorization')) return next();
  res.status(401).set('WWW-Authenticate', 'Basic realm="Zendesk", charset="UTF-8"').type('html').send('<p>Sign in with your Zendesk email and password.</p>');
};

function commentHtml(state: ZendeskState, comment: Comment): string {
  const author = state.usersById.get(comment.author_id)?.name ?? `user ${comment.author_id}`;
  const recording = comment.data?.recording_url ? `<audio controls src="${escape(comment.data.recording_url)}"></audio>` : '';
  return `<li><p><strong>${escape(author)}</strong> · ${escape(comment.created_at)}${comment.public ? '' : ' · internal note'}</p><p>${escape(comment.plain_body)}</p>${recording}</li>`;
}

function ticketHtml(state: ZendeskState, stored: StoredTicket): string {
  const { ticket } = stored;
  const requester = state.usersById.get(ticket.requester_id)?.name ?? '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>#${ticket.id} ${escape(ticket.subject)} – Zendesk</title></head>
<body><main><h1>#${ticket.id} ${escape(ticket.subject)}</h1>
<p>Status: ${escape(ticket.status)} · Requester: ${escape(requester)} · Created: ${escape(ticket.created_at)}</p>
<h2>Conversation</h2><ol>${stored.comments.map((c) => commentHtml(state, c)).join('')}</ol></main></body></html>`;
}

/**
 * The agent's view of a ticket at Zendesk's own address (`/agent/tickets/{id}`), so that a
 * link back to the ticket from the product opens something locally, as it would in Zendesk.
 */
export function agentTicketPage(state: ZendeskState): Router {
  const router = Router();
  router.get('/agent/tickets/:id', askForCredentials, authenticate(state), (req, res) => {
    const stored = state.ticketsById.get(Number(req.params.id));
    if (!stored || stored.deleted) return void res.status(404).type('html').send('<p>This ticket does not exist or was deleted.</p>');
    res.type('html').send(ticketHtml(state, stored));
  });
  return router;
}
