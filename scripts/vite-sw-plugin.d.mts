import type { Plugin } from "vite";

export function listFiles(dir: string, prefix?: string): string[];
export function precacheList(files: string[]): string[];
export function renderServiceWorker(
  template: string,
  fill: { version: string; urls: string[] },
): string;
export function serviceWorker(options?: { template?: string }): Plugin;
