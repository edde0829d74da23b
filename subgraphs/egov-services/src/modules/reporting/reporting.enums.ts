import { registerEnumType } from 'type-graphql';

export enum SectorIndicator {
  TAX_DECLARATIONS_ONLINE = 'TAX_DECLARATIONS_ONLINE',
  TAX_PAID_ONLINE = 'TAX_PAID_ONLINE',
  SOCIAL_INSURANCE_ONLINE = 'SOCIAL_INSURANCE_ONLINE',
}
export enum DocumentDirection {
  TO_PPC = 'TO_PPC',
  INTERAGENCY = 'INTERAGENCY',
}

registerEnumType(SectorIndicator, {
  name: 'SectorIndicator',
  description: 'An e-transaction figure reported by a sector office (chỉ số giao dịch điện tử của ngành).',
  valuesConfig: {
    TAX_DECLARATIONS_ONLINE: { description: "Enterprises' tax declarations filed online / all filed (tax office; kê khai thuế qua mạng)." },
    TAX_PAID_ONLINE: { description: 'Enterprises paying tax online / enterprises paying tax (tax office; nộp thuế điện tử).' },
    SOCIAL_INSURANCE_ONLINE: { description: 'Organisations transacting social insurance electronically / organisations (social insurance office; giao dịch điện tử BHXH).' },
  },
});
registerEnumType(DocumentDirection, {
  name: 'DocumentDirection',
  description: 'Where documents went (luồng văn bản).',
  valuesConfig: {
    TO_PPC: { description: "Submitted to the Provincial People's Committee (trình UBND tỉnh)." },
    INTERAGENCY: { description: 'Exchanged between state agencies (trao đổi giữa các cơ quan nhà nước).' },
  },
});
