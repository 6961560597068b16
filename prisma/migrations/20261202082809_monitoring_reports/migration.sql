-- CreateTable
CREATE TABLE "MonitoringReport" (
    "id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "figures" JSONB NOT NULL,
    "figuresHash" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "csv" TEXT NOT NULL,
    "mailedAt" TIMESTAMP(3),

    CONSTRAINT "MonitoringReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringSubscription" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringReport_month_key" ON "MonitoringReport"("month");

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringSubscription_userId_key" ON "MonitoringSubscription"("userId");

-- AddForeignKey
ALTER TABLE "MonitoringSubscription" ADD CONSTRAINT "MonitoringSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
