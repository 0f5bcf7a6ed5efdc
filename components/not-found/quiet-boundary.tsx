"use client";

import { Component, type ReactNode } from "react";

/**
 * Holds the not-found signal (./not-found-status.tsx) in the browser: the server already rendered
 * the page's not-found view and set its status, so when React meets the signal again on the client
 * it shows nothing, instead of letting Next replace the view by the segment's not-found.tsx.
 */
export class QuietBoundary extends Component<{ children: ReactNode }, { caught: boolean }> {
  state = { caught: false };

  static getDerivedStateFromError() {
    return { caught: true };
  }

  render() {
    return this.state.caught ? null : this.props.children;
  }
}
