/** Registers every dvc- element. Importing it twice (or beside single registrations) is harmless. */
import './provider/define.js';
import './login/define.js';
import './procedure-search/define.js';
import './procedure-detail/define.js';
import './dossier-upload/define.js';
import './dossier-status/define.js';
import './payment/define.js';
