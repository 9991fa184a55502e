// Shows whether the browser agreed to keep this site's storage.
import { useEffect, useState } from "react";
import { requestPersistentStorage } from "../../store/libraryStore";

const TEXT = {
  granted: "Storage: this browser has agreed to keep your documents until you delete them.",
  denied:
    "Storage: this browser may clear your documents if the device runs low on space. Export a copy of anything important.",
  unsupported:
    "Storage: this browser cannot promise to keep documents. Export a copy of anything important.",
} as const;

export function usePersistentStorage() {
  const [answer, setAnswer] = useState<keyof typeof TEXT | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(setAnswer, () => setAnswer("unsupported"));
  }, []);
  return answer;
}

export function StorageNote() {
  const answer = usePersistentStorage();
  return (
    <p className="hint storage-note" data-testid="storage-note">
      {answer ? TEXT[answer] : "Storage: checking…"}
    </p>
  );
}
