export function DamagedLink() {
  return (
    <main className="notice-page">
      <h1>This session link is damaged</h1>
      <p>
        Part of the link is missing or was changed, so it cannot open the session. Ask the person
        running the session to send the link again, or scan their QR code.
      </p>
      <a className="button button--primary" href="#/">
        Go to your theories of change
      </a>
    </main>
  );
}
