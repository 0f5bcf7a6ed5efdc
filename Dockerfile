# Production image of Charta. Built by docker-compose.yml; runs `npm start`, which applies the
# migrations of the control schema and every city before serving.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npx next build
EXPOSE 3000
CMD ["npm", "start"]
