-- CreateTable
CREATE TABLE "MonitoringSnapshot" (
    "fromMonth" TEXT NOT NULL,
    "toMonth" TEXT NOT NULL,
    "rows" JSONB,
    "computedAt" TIMESTAMP(3),
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringSnapshot_pkey" PRIMARY KEY ("fromMonth","toMonth")
);

-- CreateIndex
CREATE INDEX "MonitoringSnapshot_requestedAt_idx" ON "MonitoringSnapshot"("requestedAt");
