/** Every catalog check, in catalog order. A check's file name is its id (test/rules/conventions.test.ts). */
import type { CheckDefinition } from './engine/check';
import NC01 from './checks/NC-01';
import NC02 from './checks/NC-02';
import NC03 from './checks/NC-03';
import NC04 from './checks/NC-04';
import CF01 from './checks/CF-01';
import CF02 from './checks/CF-02';
import DR01 from './checks/DR-01';
import DR02 from './checks/DR-02';
import DR03 from './checks/DR-03';
import TR01 from './checks/TR-01';
import TR02 from './checks/TR-02';
import TR03 from './checks/TR-03';
import TR04 from './checks/TR-04';
import TR05 from './checks/TR-05';
import TR06 from './checks/TR-06';
import PY01 from './checks/PY-01';
import PY02 from './checks/PY-02';
import PY03 from './checks/PY-03';
import PY04 from './checks/PY-04';
import PY05 from './checks/PY-05';
import PY06 from './checks/PY-06';
import PY07 from './checks/PY-07';
import PY08 from './checks/PY-08';
import LB01 from './checks/LB-01';
import LB02 from './checks/LB-02';
import LB03 from './checks/LB-03';
import LB04 from './checks/LB-04';
import LB05 from './checks/LB-05';
import LB06 from './checks/LB-06';
import LB07 from './checks/LB-07';
import IP01 from './checks/IP-01';
import IP02 from './checks/IP-02';
import IP03 from './checks/IP-03';
import IP04 from './checks/IP-04';
import UB01 from './checks/UB-01';
import UB02 from './checks/UB-02';
import EM01 from './checks/EM-01';
import EM02 from './checks/EM-02';
import AC01 from './checks/AC-01';
import AC02 from './checks/AC-02';
import AC03 from './checks/AC-03';
import OT01 from './checks/OT-01';
import OT02 from './checks/OT-02';
import OT03 from './checks/OT-03';
import OT04 from './checks/OT-04';
import OT05 from './checks/OT-05';

export const CHECKS: readonly CheckDefinition[] = [
  NC01,
  NC02,
  NC03,
  NC04,
  CF01,
  CF02,
  DR01,
  DR02,
  DR03,
  TR01,
  TR02,
  TR03,
  TR04,
  TR05,
  TR06,
  PY01,
  PY02,
  PY03,
  PY04,
  PY05,
  PY06,
  PY07,
  PY08,
  LB01,
  LB02,
  LB03,
  LB04,
  LB05,
  LB06,
  LB07,
  IP01,
  IP02,
  IP03,
  IP04,
  UB01,
  UB02,
  EM01,
  EM02,
  AC01,
  AC02,
  AC03,
  OT01,
  OT02,
  OT03,
  OT04,
  OT05,
];
