// The bench's reference point (bench/scenarios/public-home.ts): the smallest Next app there is,
// built and served by the same `next` as Charta, so Lighthouse's score of it shows what the host
// and the framework cost before Charta adds anything. Plain JS: no TypeScript setup to maintain.
export const metadata = { title: "Baseline", description: "A trivial Next.js page for the benchmark." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
