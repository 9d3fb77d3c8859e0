import { runService } from '@fhk/platform/runtime';
import { SERVICE } from './service';

void runService(SERVICE);
