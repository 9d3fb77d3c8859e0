import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@fhk/platform/auth';
import { PRIVACY_NOTICE } from './consent.schema';

@ApiTags('enterprise-profiles')
@Public()
@Controller('privacy-notice')
export class PrivacyNoticeController {
  @Get()
  @ApiOperation({ summary: 'The current privacy notice (PIPL + PDPO) in zh-Hant, zh-Hans and en; consents name its version' })
  notice() {
    return PRIVACY_NOTICE;
  }
}
