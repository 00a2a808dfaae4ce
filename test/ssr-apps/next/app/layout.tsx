import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// An icon link, so the browser asks for no /favicon.ico (a 404 would be a console error).
export const metadata: Metadata = {
  title: 'paris-call-widgets in Next.js',
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
