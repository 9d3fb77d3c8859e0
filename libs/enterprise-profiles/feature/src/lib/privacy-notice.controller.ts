import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@fhk/platform/auth';
import { ApiZodOkResponse } from '@fhk/platform/http';
import { PRIVACY_NOTICE, PrivacyNoticeSchema } from './consent.schema';

@ApiTags('enterprise-profiles')
@Public()
@Controller('privacy-notice')
export class PrivacyNoticeController {
  @Get()
  @ApiZodOkResponse(PrivacyNoticeSchema)
  @ApiOperation({ summary: 'The current privacy notice (PIPL + PDPO) in zh-Hant, zh-Hans and en; consents name its version' })
  notice() {
    return PRIVACY_NOTICE;
  }
}
