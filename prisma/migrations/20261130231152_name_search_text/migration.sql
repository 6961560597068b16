-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nameSearchText" TEXT NOT NULL DEFAULT '';

-- Existing people: the names folded as foldForSearch does (Turkish letters first, then lower case).
UPDATE "User"
SET "nameSearchText" = btrim(regexp_replace(
  lower(translate("firstName" || ' ' || "lastName", 'İIŞĞÜÖÇÂÎÛışğüöçâîû', 'iisguocaiuisguocaiu')),
  '\s+', ' ', 'g'))
WHERE "erasedAt" IS NULL;
