-- CreateTable
CREATE TABLE "DistrictPopulation" (
    "districtId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DistrictPopulation_pkey" PRIMARY KEY ("districtId","year")
);

-- CreateTable
CREATE TABLE "MonitoringTarget" (
    "year" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonitoringTarget_pkey" PRIMARY KEY ("year","metric")
);

-- AddForeignKey
ALTER TABLE "DistrictPopulation" ADD CONSTRAINT "DistrictPopulation_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE CASCADE ON UPDATE CASCADE;
