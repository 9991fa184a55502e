// Who is in the session: a name and a colour swatch each (the name is always
// written, so colour is never the only signal).
import { LARGE_ROOM, useCollab } from "../../store/liveSession";

export function ParticipantsBar({ you }: { you: string }) {
  const participants = useCollab((s) => s.participants);
  const session = useCollab((s) => s.session);
  if (!session) return null;
  return (
    <section className="participants" aria-label="People in this session">
      <h2 className="visually-hidden">People in this session</h2>
      <ul>
        <li className="participant participant--you">
          <span className="participant__swatch participant__swatch--you" aria-hidden="true" />
          {you} (you)
        </li>
        {participants.map((p) => (
          <li key={p.clientId} className="participant" data-testid="participant">
            <span
              className="participant__swatch"
              style={{ background: p.colour }}
              aria-hidden="true"
            />
            {p.name}
            {p.idle && <span className="participant__idle"> (idle)</span>}
          </li>
        ))}
      </ul>
      {participants.length + 1 > LARGE_ROOM && (
        <p className="hint">
          More than {LARGE_ROOM} people are here. Everyone connects to everyone, which slows down
          large rooms; a relay server suits them better.
        </p>
      )}
      {session.problem === "wrong-secret" && (
        <p className="error-text" role="alert">
          This link's secret does not match the session: the others cannot be reached. Ask for the
          link again.
        </p>
      )}
    </section>
  );
}
