import { registerEnumType } from 'type-graphql';

export enum DossierChannel {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  POST = 'POST',
}
export enum ApplicantKind {
  CITIZEN = 'CITIZEN',
  ENTERPRISE = 'ENTERPRISE',
}
export enum DossierStatus {
  RECEIVED = 'RECEIVED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}
export enum DossierOutcome {
  EARLY = 'EARLY',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
}

registerEnumType(DossierChannel, {
  name: 'DossierChannel',
  description: 'How a dossier reached the one-stop office (hình thức tiếp nhận).',
  valuesConfig: {
    IN_PERSON: { description: 'Submitted in person at the one-stop office (trực tiếp).' },
    ONLINE: { description: 'Submitted through the online public service portal (trực tuyến).' },
    POST: { description: 'Sent by public postal service (dịch vụ bưu chính công ích).' },
  },
});
registerEnumType(ApplicantKind, {
  name: 'ApplicantKind',
  description: 'Who submitted a dossier (đối tượng nộp hồ sơ).',
  valuesConfig: {
    CITIZEN: { description: 'An individual citizen (công dân).' },
    ENTERPRISE: { description: 'An enterprise or organisation (doanh nghiệp, tổ chức).' },
  },
});
registerEnumType(DossierStatus, {
  name: 'DossierStatus',
  description: 'Where a dossier stands in its lifecycle (trạng thái hồ sơ). RESOLVED, REFUSED and WITHDRAWN are final.',
  valuesConfig: {
    RECEIVED: { description: 'Received, not yet being processed (đã tiếp nhận).' },
    SUPPLEMENT_REQUESTED: { description: 'Waiting for the applicant to supplement it; the clock is stopped (yêu cầu bổ sung).' },
    IN_PROGRESS: { description: 'Being processed (đang giải quyết).' },
    RESOLVED: { description: 'Resolved and the result returned (đã giải quyết). Final.' },
    REFUSED: { description: 'Refused, with reasons given (từ chối giải quyết). Final.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant (rút hồ sơ). Final.' },
  },
});
registerEnumType(DossierOutcome, {
  name: 'DossierOutcome',
  description: 'Timeliness of a resolved dossier against its promised date (kết quả đúng hạn).',
  valuesConfig: {
    EARLY: { description: 'Resolved before the promised date (trước hạn).' },
    ON_TIME: { description: 'Resolved on the promised date (đúng hạn).' },
    LATE: { description: 'Resolved after the promised date (quá hạn).' },
  },
});

export const FINAL_STATUSES: ReadonlySet<DossierStatus> = new Set([DossierStatus.RESOLVED, DossierStatus.REFUSED, DossierStatus.WITHDRAWN]);
