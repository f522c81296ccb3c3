export {plural} from '../problems/plural.js'
