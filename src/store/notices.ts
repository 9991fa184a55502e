// One message at a time for the person using the app, read out politely
// (or assertively for errors) by the live region that shows it.
import { create } from "zustand";

export interface Notice {
  text: string;
  tone: "info" | "error";
  at: number;
}

export const useNotice = create<{ notice: Notice | null }>(() => ({ notice: null }));

export function showMessage(text: string, tone: "info" | "error" = "info"): void {
  useNotice.setState({ notice: { text, tone, at: Date.now() } });
}

export function clearMessage(): void {
  useNotice.setState({ notice: null });
}
