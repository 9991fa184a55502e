// The print view's entry point for the editor: loads its code only when opened.
import { lazy, Suspense } from "react";
import type { TocModel } from "../../domain/model";

const PrintPreview = lazy(() =>
  import("./PrintPreview").then((module) => ({ default: module.PrintPreview })),
);

export function LazyPrintPreview(props: { model: TocModel; onClose: () => void }) {
  return (
    <Suspense
      fallback={
        <main className="notice-page" aria-busy="true">
          <p>Opening the print view…</p>
        </main>
      }
    >
      <PrintPreview {...props} />
    </Suspense>
  );
}
