import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@par/platform';

@ObjectType({ description: "An agency's certification of its quality management system to TCVN ISO 9001 (chứng nhận hệ thống quản lý chất lượng)." })
export class QualityCertification {
  @Field({ description: 'Standard version, e.g. "TCVN ISO 9001:2015" (phiên bản tiêu chuẩn).' })
  standard!: string;

  @Field(() => DateScalar, { description: 'Date certified (ngày cấp).' })
  certifiedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date the certificate expires (ngày hết hạn), when stated.' })
  expiresOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Certification body (tổ chức chứng nhận).' })
  certifier!: string | null;

  @Field({ description: 'Whether the certificate is in force today (còn hiệu lực).' })
  valid!: boolean;

  agencyId!: string;
}
