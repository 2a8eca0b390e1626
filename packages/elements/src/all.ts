/** Registers every dvc- element. Importing it twice (or beside single registrations) is harmless. */
import './context/define.js';
import './login/define.js';
import './search/define.js';
import './detail/define.js';
import './upload/define.js';
import './status/define.js';
import './payment/define.js';
