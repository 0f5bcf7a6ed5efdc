# Production image of Charta. Built by docker-compose.yml; runs `npm start`, which applies the
# migrations of the control schema and every city before serving.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
# Chromium prints the PDF documents (lib/kernel/documents/print-pdf.ts); the fonts are the ones its print
# stylesheet names, so a PDF looks the same here as on a developer's machine.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npx next build
EXPOSE 3000
CMD ["npm", "start"]
