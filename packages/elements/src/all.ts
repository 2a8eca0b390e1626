/** Registers every dvc- element. Importing it twice (or beside single registrations) is harmless. */
import './provider/define.js';
import './login/define.js';
import './procedure-search/define.js';
import './procedure-detail/define.js';
import './dossier-upload/define.js';
import './dossier-status/define.js';
import './payment/define.js';
import './date-input/define.js';
import './id-number-input/define.js';
import './phone-input/define.js';
import './address-input/define.js';
import './dossier-form/define.js';
