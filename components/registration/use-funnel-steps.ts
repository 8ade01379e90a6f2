"use client";
import { useEffect } from "react";
import { FORM_STEPS, type FunnelSource } from "@/lib/domain/funnel";

/** How the visitor came to /daftar: straight, or through an officer's campaign link or QR code. */
export type Arrival = { source: FunnelSource; campaign?: string };

/**
 * The registration funnel's form steps (issue 17.4): the first step shown, and each later step as it is first
 * reached, sent as a beacon that carries the step and the campaign only — no field of the form. Each is sent once per
 * tab (sessionStorage), so going back and forth does not count a visitor twice.
 */
export function useFunnelSteps(arrival: Arrival, step: number, hydrated: boolean) {
  useEffect(() => {
    if (!hydrated) return;
    const name = FORM_STEPS[step];
    if (!name) return;
    const key = `lindung:funnel:${arrival.campaign ?? ""}:${name}`;
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, "1");
    } catch {
      // No storage (a private window that refuses it): counted each time, which is still no personal data.
    }
    const query = new URLSearchParams({ step: name, source: arrival.source, ...(arrival.campaign ? { campaign: arrival.campaign } : {}) });
    const url = `/daftar/langkah?${query}`;
    if (!navigator.sendBeacon?.(url)) void fetch(url, { method: "POST", keepalive: true }).catch(() => {});
  }, [arrival.source, arrival.campaign, step, hydrated]);
}
