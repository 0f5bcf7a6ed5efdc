-- A city's logo is uploaded and served by Charta now (its bytes in the city's StoredFile, see
-- lib/features/city-settings/logo). External logo addresses are dropped, never fetched: a city admin uploads the
-- logo again (docs/operations.md, upgrade notes).
-- AlterTable
ALTER TABLE "City" DROP COLUMN "logoUrl";
