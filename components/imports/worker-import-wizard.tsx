import { SheetImportWizard } from "@/components/imports/sheet-import-wizard";
import { saveImportAction } from "@/lib/worker-import/actions";

/** A company's worker sheet: upload, checked row by row, saved on confirmation (the officer's and the owner's). */
export function WorkerImportWizard({ companyId }: { companyId: string }) {
  return (
    <SheetImportWizard
      namespace="officer.import"
      checkUrl={`/bank/klien/${companyId}/impor/periksa`}
      templateUrl="/bank/impor/templat"
      reportUrl="/bank/impor/{batchId}/laporan"
      save={saveImportAction}
    />
  );
}
