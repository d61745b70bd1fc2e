// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.
// Source: models/gpt-nano-sort/quantized-model.json (sha256:c02591cbce17556c74a813853df49a9a5d435325697dfb592e93fcc912f9a0b8). Generator: src/circuit/modelGenerator.ts; stage emitters: src/stages/*.ts.
// Segment 3 of 4 of the whole model (h2.ln1 .. h2.mlpResid; src/circuit/segments.ts), private committed weights:
// T = 11 tokens (prompt 6 + generated 6 − 1), d_model 48, 3 heads, 3 layers, vocabulary 3.
// Stages: h2.ln1, h2.attention, h2.attnResid, h2.ln2, h2.mlp, h2.mlpResid.
pragma circom 2.2.0;

include "circuits/lib/pack.circom";
include "circuits/lib/layernorm.circom";
include "circuits/lib/attention.circom";
include "circuits/lib/residual.circom";
include "circuits/lib/mlp.circom";

function h2_attnResid_ma() {
    var v[48] = [58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566, 58566];
    return v;
}

function h2_attnResid_mb() {
    var v[48] = [5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679, 5653679];
    return v;
}

function h2_attnResid_shift() {
    var v[48] = [16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16];
    return v;
}

function h2_attnResid_yBits() {
    var v[48] = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18];
    return v;
}

// h2_mlp: MLP requantization multipliers and shifts (compile-time in both weights modes).
function h2_mlp_hMult() {
    var v[192] = [1841074842, 2050405035, 1861183856, 1150709072, 1516623186, 1516187211, 1649901595, 1829060518, 1375591103, 1369498703, 1095392197, 1383700078, 1775751874, 1765318557, 1144343761, 1923086760, 2105388358, 1323201086, 1140109388, 1998193375, 1314195077, 1290594280, 1769082606, 2114552774, 2088620773, 1303445724, 2044391121, 1411686046, 1991141919, 1857156898, 1866493885, 1629831905, 1143890806, 1896053847, 1361581547, 1078087134, 1425113390, 1283615941, 1120706443, 1172869948, 1604501783, 1725892653, 1801984675, 2067212541, 1501654407, 1855826196, 1845510930, 1126040494, 2080266425, 1337973709, 1692594363, 1383145319, 1151549556, 1292448122, 1249514523, 1393960878, 1835313721, 2069084574, 1833982282, 1859880539, 1992810671, 1485545700, 1498058860, 1392018459, 1107360425, 1145419332, 1219523674, 1700767353, 1730070391, 1887174169, 2006368737, 1475292293, 1098140647, 1827658037, 1435926013, 1205640514, 1176619598, 1491929762, 1347608153, 1092476456, 1090431393, 1174120817, 1813969498, 1605191244, 1639359394, 1956213165, 1083261664, 1897832804, 1315697443, 1910981046, 1190790195, 1740971475, 1689541842, 1706086389, 1697036120, 1109479028, 1913150834, 1929577268, 1131667355, 2018813867, 1092882437, 1285041194, 1566346131, 1095872415, 1776906839, 1149442662, 1279266225, 1826705636, 1870566255, 1188062515, 1184971962, 1782808563, 1932734331, 1584314854, 2033008414, 1106640172, 1861305436, 1567197942, 1226920525, 1525407903, 1223596163, 1713981558, 1403917160, 1586527326, 1526981142, 1570445282, 1536961133, 1952662834, 1294661845, 2106949551, 1130900832, 2108733035, 2145489568, 1134481766, 1255099573, 1127641321, 1241264136, 1916832745, 1272601319, 2134286512, 1665796182, 2101993469, 1834093320, 1695645039, 1392136070, 1871777327, 1478188164, 1534430206, 1299078443, 1867813581, 1509865590, 1832588431, 1341382244, 1241228421, 1340476112, 1476801669, 1106550889, 1256389420, 1450744671, 1674367286, 1271906840, 1627275525, 1249324783, 1304434003, 1921832097, 1493330742, 1326453298, 2062216670, 1147742417, 1409842492, 1223910366, 1289405325, 1080655995, 1211401096, 1637106690, 1134768031, 1810768980, 1142267656, 1905626166, 1153003249, 1637271733, 1142504726, 1617037752, 1307835487, 1558714125, 1681396543, 1144059537, 1651956323, 1267134852, 1909093794, 1654099151, 1382565596];
    return v;
}

function h2_mlp_hShift() {
    var v[192] = [37, 37, 38, 37, 38, 37, 38, 38, 37, 37, 37, 37, 37, 37, 37, 38, 38, 36, 36, 37, 38, 38, 37, 37, 37, 37, 37, 37, 38, 38, 38, 38, 36, 38, 38, 37, 37, 37, 36, 37, 37, 37, 37, 37, 38, 37, 37, 37, 38, 37, 37, 37, 36, 37, 38, 37, 38, 38, 38, 38, 38, 37, 37, 37, 37, 37, 37, 37, 37, 38, 37, 37, 37, 38, 38, 37, 36, 37, 37, 37, 37, 36, 38, 37, 37, 37, 37, 38, 36, 37, 37, 38, 37, 37, 38, 36, 38, 38, 36, 37, 38, 37, 38, 36, 37, 36, 36, 36, 38, 37, 36, 37, 37, 37, 38, 37, 37, 37, 36, 38, 36, 38, 37, 37, 38, 38, 38, 38, 37, 37, 37, 37, 38, 37, 36, 37, 37, 38, 37, 37, 37, 38, 37, 38, 38, 38, 37, 38, 38, 37, 38, 38, 37, 37, 38, 38, 37, 37, 37, 38, 37, 37, 37, 37, 37, 38, 37, 38, 37, 38, 36, 37, 37, 36, 37, 36, 37, 36, 37, 36, 37, 37, 38, 37, 37, 38, 36, 37, 37, 38, 38, 37];
    return v;
}

function h2_mlp_gMult() {
    var v[192] = [1550492371, 1248904439, 1469152726, 1618660865, 1802663967, 2034095942, 1438056154, 1456348679, 1667702452, 1383880370, 2093722874, 2107621980, 1137416900, 1780849275, 1441797529, 1365918162, 1585287557, 1594424595, 1843802081, 1996430665, 1342103005, 1592778611, 1537605461, 1592577989, 1572651621, 2103057382, 1173279919, 1354420460, 1980841329, 2090935668, 1367974563, 1408344289, 1979604216, 1501122711, 1241341942, 1789503992, 1454776782, 1601660410, 2095698622, 1320674671, 1770030627, 1139791075, 1853309196, 1138684281, 1928592796, 1422774582, 1206626515, 1370161597, 1259028090, 1598085618, 1151984618, 1944686452, 1291945601, 1347819769, 1333421599, 2095709208, 1569372451, 1977444826, 1510391094, 1547815975, 1864210059, 1081913591, 1832872085, 1966166418, 1597269724, 1786407278, 2135898578, 1515677785, 2055731984, 1084681613, 1259878648, 1850138934, 1936124979, 1229196341, 1836382101, 1279289282, 1399283381, 1829230358, 2128882757, 1668988309, 2141249021, 1540329853, 1573145219, 1110446910, 1161122194, 1186090329, 1180264022, 1272222386, 1078871557, 1394032997, 1692031729, 1825456805, 1483359353, 1234501205, 1362805621, 1727419198, 1915568555, 1250019580, 1561435501, 1248195551, 1866146010, 2065592208, 1395928913, 1500500173, 1376448687, 2054288014, 1754897455, 2116016081, 1824116947, 1176082939, 1832224498, 1581046467, 1235318833, 1549025568, 1395859097, 1583556113, 2054907904, 1393306970, 1541262356, 1889000933, 1677858153, 1190773324, 1335886133, 1776618573, 2117114512, 1661502831, 1645022578, 1956521748, 1430927392, 1829820111, 1849021221, 2105520704, 1300150218, 1185523552, 1246855303, 1707192880, 1813859662, 1280971108, 2026909408, 1091651838, 1945079765, 1448218025, 1407260476, 1596287449, 1311403196, 1101065889, 1138155555, 1144728293, 1115884162, 2111223306, 1251839206, 1312957472, 1394773657, 1333886252, 1741165430, 1739132588, 1117503260, 2018378669, 1564697410, 2005561436, 1314006465, 1299482031, 1399081764, 1840940743, 1257011157, 2078341840, 1510005258, 1849062121, 1492480497, 1520168770, 2066384143, 2071038692, 1528012152, 1080275033, 1271537335, 1795937533, 1465853224, 1284327449, 1248326950, 1693986562, 1901006436, 1115492891, 1621328554, 1215185102, 1137562629, 1759340986, 1426977070, 1237901978, 1637097310, 1166000923, 1322706274, 1767861668];
    return v;
}

function h2_mlp_gShift() {
    var v[192] = [71, 71, 67, 67, 67, 68, 67, 67, 71, 69, 68, 68, 71, 71, 67, 69, 67, 71, 72, 72, 67, 66, 69, 71, 71, 68, 71, 66, 67, 67, 66, 67, 72, 67, 66, 67, 69, 67, 72, 67, 67, 70, 71, 71, 67, 70, 71, 66, 66, 68, 67, 68, 71, 70, 66, 68, 67, 68, 67, 67, 68, 67, 69, 68, 69, 68, 68, 70, 72, 67, 70, 69, 67, 66, 67, 67, 70, 67, 68, 70, 68, 71, 67, 69, 69, 71, 66, 67, 71, 71, 68, 67, 71, 67, 66, 71, 69, 66, 71, 71, 66, 71, 67, 71, 70, 71, 71, 71, 67, 69, 71, 71, 71, 71, 67, 70, 68, 71, 71, 67, 71, 66, 69, 67, 67, 66, 67, 67, 67, 72, 69, 72, 66, 66, 71, 67, 70, 66, 68, 71, 71, 66, 71, 66, 66, 66, 70, 66, 66, 71, 66, 66, 69, 66, 67, 67, 67, 69, 67, 69, 67, 71, 67, 69, 70, 67, 67, 67, 69, 67, 72, 69, 70, 70, 70, 72, 70, 71, 71, 71, 71, 68, 67, 67, 68, 66, 71, 70, 68, 66, 67, 67];
    return v;
}

function h2_mlpResid_ma() {
    var v[48] = [228813, 457626, 228813, 457626, 457626, 228813, 457626, 457626, 228813, 457626, 228813, 228813, 457626, 228813, 228813, 228813, 228813, 228813, 228813, 228813, 228813, 228813, 457626, 457626, 457626, 228813, 457626, 228813, 457626, 228813, 228813, 114406, 228813, 228813, 228813, 228813, 228813, 457626, 228813, 457626, 228813, 457626, 228813, 457626, 228813, 457626, 457626, 457626];
    return v;
}

function h2_mlpResid_mb() {
    var v[48] = [52463, 51143, 54018, 50257, 45001, 32903, 64301, 45613, 44807, 36782, 34907, 47085, 58467, 45414, 35969, 49339, 64858, 54573, 53152, 50964, 42917, 55456, 60999, 61110, 51098, 60103, 42124, 52912, 58823, 50193, 42416, 33389, 51512, 42030, 53994, 36011, 58466, 63069, 51394, 57726, 33643, 57310, 38918, 62552, 33917, 56744, 55431, 62172];
    return v;
}

function h2_mlpResid_shift() {
    var v[48] = [19, 20, 19, 20, 20, 19, 20, 20, 19, 20, 19, 19, 20, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20, 19, 20, 19, 20, 19, 19, 18, 19, 19, 19, 19, 19, 20, 19, 20, 19, 20, 19, 20, 19, 20, 20, 20];
    return v;
}

function h2_mlpResid_yBits() {
    var v[48] = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18];
    return v;
}

// Public inputs first, in src/circuit/publicSignals.ts order; private: tokens, salt (of the cut before), streamIn, outSalt, every stage's parameters.
template GptNanoSortModelSeg3of4() {
    signal input modelCommitment;
    signal input inputCommitment;
    signal input outputCommitment;
    signal input binding;
    signal input tokens[11];
    signal input salt;
    signal input streamIn[11][48];
    signal input outSalt;
    signal input h2_ln1_gammaQ[48];
    signal input h2_ln1_betaQ[48];
    signal input h2_attention_wq[48][48];
    signal input h2_attention_wk[48][48];
    signal input h2_attention_wv[48][48];
    signal input h2_attention_wo[48][48];
    signal input h2_attention_bq[48];
    signal input h2_attention_bk[48];
    signal input h2_attention_bv[48];
    signal input h2_attention_bo[48];
    signal input h2_ln2_gammaQ[48];
    signal input h2_ln2_betaQ[48];
    signal input h2_mlp_wFc[192][48];
    signal input h2_mlp_bFc[192];
    signal input h2_mlp_wProj[48][192];
    signal input h2_mlp_bProj[48];

    // Token ids as committed at the previous cut: the same packed elements go into the output commitment
    // (pass-through; this segment reads no token, so no range check is needed).
    component tokensPack = PackOffset(11, 16);
    tokensPack.in <== tokens;
    // inputCommitment: Sponge(5) over the residual stream streamIn, the tokens and the salt
    // (src/circuit/segments.ts cutCommitment). Why PackSigned: the range proof of streamIn is in the
    // previous segment's proof; this 16-bit check is the range the next stages assume, and makes
    // the commitment injective.
    component streamInPack = PackSigned(528, 16);
    for (var glue_t = 0; glue_t < 11; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamInPack.in[glue_t * 48 + glue_i] <== streamIn[glue_t][glue_i];
        }
    }
    component inputHash = Sponge(38, 5);
    for (var glue_e = 0; glue_e < 36; glue_e++) {
        inputHash.in[glue_e] <== streamInPack.out[glue_e];
    }
    for (var glue_e = 0; glue_e < 1; glue_e++) {
        inputHash.in[36 + glue_e] <== tokensPack.out[glue_e];
    }
    inputHash.in[37] <== salt;
    inputCommitment === inputHash.out;

    // h2_ln1: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h2_ln1_sumX[11];
    signal h2_ln1_centered[11][48];
    signal h2_ln1_varQ[11];
    signal h2_ln1_sd[11];
    signal h2_ln1_invSd[11];
    signal h2_ln1_yAcc[11][48];
    signal h2_ln1_yQ[11][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h2_ln1_packGamma = PackSigned(48, 17);
    h2_ln1_packGamma.in <== h2_ln1_gammaQ;
    component h2_ln1_packBeta = PackSigned(48, 8);
    h2_ln1_packBeta.in <== h2_ln1_betaQ;
    signal h2_ln1_commitment[6];
    for (var e = 0; e < 4; e++) {
        h2_ln1_commitment[e] <== h2_ln1_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h2_ln1_commitment[4 + e] <== h2_ln1_packBeta.out[e];
    }
    component h2_ln1_ln = LayerNorm(11, 48, 610649792, 33, 6, 0, 25, 26, 19, 12);
    h2_ln1_ln.gamma <== h2_ln1_gammaQ;
    h2_ln1_ln.beta <== h2_ln1_betaQ;
    h2_ln1_ln.x <== streamIn;
    h2_ln1_sumX <== h2_ln1_ln.sumX;
    h2_ln1_centered <== h2_ln1_ln.centered;
    h2_ln1_varQ <== h2_ln1_ln.varQ;
    h2_ln1_sd <== h2_ln1_ln.sd;
    h2_ln1_invSd <== h2_ln1_ln.invSd;
    h2_ln1_yAcc <== h2_ln1_ln.yAcc;
    h2_ln1_yQ <== h2_ln1_ln.yQ;

    // h2_attention: causal attention, T = 11, d_model = 48, 3 heads (circuits/lib/attention.circom).
    signal h2_attention_qAcc[11][48];
    signal h2_attention_kAcc[11][48];
    signal h2_attention_vAcc[11][48];
    signal h2_attention_scoresRaw[198];
    signal h2_attention_scoresQ[198];
    signal h2_attention_rowMax[3][11];
    signal h2_attention_delta[198];
    signal h2_attention_exp[198];
    signal h2_attention_rowSum[3][11];
    signal h2_attention_probs[198];
    signal h2_attention_av[11][48];
    signal h2_attention_outAcc[11][48];
    signal h2_attention_outQ[11][48];
    // h2_attention: private weights and biases, range-checked by their commitment packing.
    signal h2_attention_commitment[317];
    component h2_attention_pack_wq = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wq.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wq[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[0 + h2_attention_e] <== h2_attention_pack_wq.out[h2_attention_e];
    }
    component h2_attention_pack_wk = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wk.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wk[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[75 + h2_attention_e] <== h2_attention_pack_wk.out[h2_attention_e];
    }
    component h2_attention_pack_wv = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wv.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wv[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[150 + h2_attention_e] <== h2_attention_pack_wv.out[h2_attention_e];
    }
    component h2_attention_pack_wo = PackSigned(2304, 8);
    for (var h2_attention_i = 0; h2_attention_i < 48; h2_attention_i++) {
        for (var h2_attention_j = 0; h2_attention_j < 48; h2_attention_j++) {
            h2_attention_pack_wo.in[h2_attention_i * 48 + h2_attention_j] <== h2_attention_wo[h2_attention_i][h2_attention_j];
        }
    }
    for (var h2_attention_e = 0; h2_attention_e < 75; h2_attention_e++) {
        h2_attention_commitment[225 + h2_attention_e] <== h2_attention_pack_wo.out[h2_attention_e];
    }
    component h2_attention_pack_bq = PackSigned(48, 14);
    h2_attention_pack_bq.in <== h2_attention_bq;
    for (var h2_attention_e = 0; h2_attention_e < 3; h2_attention_e++) {
        h2_attention_commitment[300 + h2_attention_e] <== h2_attention_pack_bq.out[h2_attention_e];
    }
    component h2_attention_pack_bk = PackSigned(48, 14);
    h2_attention_pack_bk.in <== h2_attention_bk;
    for (var h2_attention_e = 0; h2_attention_e < 3; h2_attention_e++) {
        h2_attention_commitment[303 + h2_attention_e] <== h2_attention_pack_bk.out[h2_attention_e];
    }
    component h2_attention_pack_bv = PackSigned(48, 14);
    h2_attention_pack_bv.in <== h2_attention_bv;
    for (var h2_attention_e = 0; h2_attention_e < 3; h2_attention_e++) {
        h2_attention_commitment[306 + h2_attention_e] <== h2_attention_pack_bv.out[h2_attention_e];
    }
    component h2_attention_pack_bo = PackSigned(48, 37);
    h2_attention_pack_bo.in <== h2_attention_bo;
    for (var h2_attention_e = 0; h2_attention_e < 8; h2_attention_e++) {
        h2_attention_commitment[309 + h2_attention_e] <== h2_attention_pack_bo.out[h2_attention_e];
    }
    // Step 1: Q/K/V projections with bias, wide accumulators (one constraint per product).
    component h2_attention_projQ = Projection(11, 48);
    h2_attention_projQ.x <== h2_ln1_yQ;
    h2_attention_projQ.w <== h2_attention_wq;
    h2_attention_projQ.b <== h2_attention_bq;
    h2_attention_qAcc <== h2_attention_projQ.acc;
    component h2_attention_projK = Projection(11, 48);
    h2_attention_projK.x <== h2_ln1_yQ;
    h2_attention_projK.w <== h2_attention_wk;
    h2_attention_projK.b <== h2_attention_bk;
    h2_attention_kAcc <== h2_attention_projK.acc;
    component h2_attention_projV = Projection(11, 48);
    h2_attention_projV.x <== h2_ln1_yQ;
    h2_attention_projV.w <== h2_attention_wv;
    h2_attention_projV.b <== h2_attention_bv;
    h2_attention_vAcc <== h2_attention_projV.acc;
    // Steps 2-8, one causal row per head and query token.
    // Head 0, query 0: keys 0..0 (pairs 0..0).
    component h2_attention_row_h0_t0 = AttentionRow(1, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t0.q[h2_attention_d] <== h2_attention_qAcc[0][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
            h2_attention_row_h0_t0.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t0.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[0][0 + h2_attention_d] <== h2_attention_row_h0_t0.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
        h2_attention_scoresRaw[0 + h2_attention_u] <== h2_attention_row_h0_t0.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[0 + h2_attention_u] <== h2_attention_row_h0_t0.scoresQ[h2_attention_u];
        h2_attention_delta[0 + h2_attention_u] <== h2_attention_row_h0_t0.delta[h2_attention_u];
        h2_attention_exp[0 + h2_attention_u] <== h2_attention_row_h0_t0.exp[h2_attention_u];
        h2_attention_probs[0 + h2_attention_u] <== h2_attention_row_h0_t0.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][0] <== h2_attention_row_h0_t0.rowMax;
    h2_attention_rowSum[0][0] <== h2_attention_row_h0_t0.rowSum;
    // Head 0, query 1: keys 0..1 (pairs 1..2).
    component h2_attention_row_h0_t1 = AttentionRow(2, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t1.q[h2_attention_d] <== h2_attention_qAcc[1][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
            h2_attention_row_h0_t1.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t1.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[1][0 + h2_attention_d] <== h2_attention_row_h0_t1.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
        h2_attention_scoresRaw[1 + h2_attention_u] <== h2_attention_row_h0_t1.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[1 + h2_attention_u] <== h2_attention_row_h0_t1.scoresQ[h2_attention_u];
        h2_attention_delta[1 + h2_attention_u] <== h2_attention_row_h0_t1.delta[h2_attention_u];
        h2_attention_exp[1 + h2_attention_u] <== h2_attention_row_h0_t1.exp[h2_attention_u];
        h2_attention_probs[1 + h2_attention_u] <== h2_attention_row_h0_t1.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][1] <== h2_attention_row_h0_t1.rowMax;
    h2_attention_rowSum[0][1] <== h2_attention_row_h0_t1.rowSum;
    // Head 0, query 2: keys 0..2 (pairs 3..5).
    component h2_attention_row_h0_t2 = AttentionRow(3, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t2.q[h2_attention_d] <== h2_attention_qAcc[2][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
            h2_attention_row_h0_t2.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t2.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[2][0 + h2_attention_d] <== h2_attention_row_h0_t2.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
        h2_attention_scoresRaw[3 + h2_attention_u] <== h2_attention_row_h0_t2.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[3 + h2_attention_u] <== h2_attention_row_h0_t2.scoresQ[h2_attention_u];
        h2_attention_delta[3 + h2_attention_u] <== h2_attention_row_h0_t2.delta[h2_attention_u];
        h2_attention_exp[3 + h2_attention_u] <== h2_attention_row_h0_t2.exp[h2_attention_u];
        h2_attention_probs[3 + h2_attention_u] <== h2_attention_row_h0_t2.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][2] <== h2_attention_row_h0_t2.rowMax;
    h2_attention_rowSum[0][2] <== h2_attention_row_h0_t2.rowSum;
    // Head 0, query 3: keys 0..3 (pairs 6..9).
    component h2_attention_row_h0_t3 = AttentionRow(4, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t3.q[h2_attention_d] <== h2_attention_qAcc[3][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
            h2_attention_row_h0_t3.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t3.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[3][0 + h2_attention_d] <== h2_attention_row_h0_t3.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
        h2_attention_scoresRaw[6 + h2_attention_u] <== h2_attention_row_h0_t3.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[6 + h2_attention_u] <== h2_attention_row_h0_t3.scoresQ[h2_attention_u];
        h2_attention_delta[6 + h2_attention_u] <== h2_attention_row_h0_t3.delta[h2_attention_u];
        h2_attention_exp[6 + h2_attention_u] <== h2_attention_row_h0_t3.exp[h2_attention_u];
        h2_attention_probs[6 + h2_attention_u] <== h2_attention_row_h0_t3.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][3] <== h2_attention_row_h0_t3.rowMax;
    h2_attention_rowSum[0][3] <== h2_attention_row_h0_t3.rowSum;
    // Head 0, query 4: keys 0..4 (pairs 10..14).
    component h2_attention_row_h0_t4 = AttentionRow(5, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t4.q[h2_attention_d] <== h2_attention_qAcc[4][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
            h2_attention_row_h0_t4.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t4.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[4][0 + h2_attention_d] <== h2_attention_row_h0_t4.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
        h2_attention_scoresRaw[10 + h2_attention_u] <== h2_attention_row_h0_t4.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[10 + h2_attention_u] <== h2_attention_row_h0_t4.scoresQ[h2_attention_u];
        h2_attention_delta[10 + h2_attention_u] <== h2_attention_row_h0_t4.delta[h2_attention_u];
        h2_attention_exp[10 + h2_attention_u] <== h2_attention_row_h0_t4.exp[h2_attention_u];
        h2_attention_probs[10 + h2_attention_u] <== h2_attention_row_h0_t4.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][4] <== h2_attention_row_h0_t4.rowMax;
    h2_attention_rowSum[0][4] <== h2_attention_row_h0_t4.rowSum;
    // Head 0, query 5: keys 0..5 (pairs 15..20).
    component h2_attention_row_h0_t5 = AttentionRow(6, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t5.q[h2_attention_d] <== h2_attention_qAcc[5][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
            h2_attention_row_h0_t5.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t5.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[5][0 + h2_attention_d] <== h2_attention_row_h0_t5.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
        h2_attention_scoresRaw[15 + h2_attention_u] <== h2_attention_row_h0_t5.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[15 + h2_attention_u] <== h2_attention_row_h0_t5.scoresQ[h2_attention_u];
        h2_attention_delta[15 + h2_attention_u] <== h2_attention_row_h0_t5.delta[h2_attention_u];
        h2_attention_exp[15 + h2_attention_u] <== h2_attention_row_h0_t5.exp[h2_attention_u];
        h2_attention_probs[15 + h2_attention_u] <== h2_attention_row_h0_t5.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][5] <== h2_attention_row_h0_t5.rowMax;
    h2_attention_rowSum[0][5] <== h2_attention_row_h0_t5.rowSum;
    // Head 0, query 6: keys 0..6 (pairs 21..27).
    component h2_attention_row_h0_t6 = AttentionRow(7, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t6.q[h2_attention_d] <== h2_attention_qAcc[6][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 6; h2_attention_u++) {
            h2_attention_row_h0_t6.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t6.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[6][0 + h2_attention_d] <== h2_attention_row_h0_t6.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 6; h2_attention_u++) {
        h2_attention_scoresRaw[21 + h2_attention_u] <== h2_attention_row_h0_t6.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[21 + h2_attention_u] <== h2_attention_row_h0_t6.scoresQ[h2_attention_u];
        h2_attention_delta[21 + h2_attention_u] <== h2_attention_row_h0_t6.delta[h2_attention_u];
        h2_attention_exp[21 + h2_attention_u] <== h2_attention_row_h0_t6.exp[h2_attention_u];
        h2_attention_probs[21 + h2_attention_u] <== h2_attention_row_h0_t6.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][6] <== h2_attention_row_h0_t6.rowMax;
    h2_attention_rowSum[0][6] <== h2_attention_row_h0_t6.rowSum;
    // Head 0, query 7: keys 0..7 (pairs 28..35).
    component h2_attention_row_h0_t7 = AttentionRow(8, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t7.q[h2_attention_d] <== h2_attention_qAcc[7][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 7; h2_attention_u++) {
            h2_attention_row_h0_t7.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t7.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[7][0 + h2_attention_d] <== h2_attention_row_h0_t7.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 7; h2_attention_u++) {
        h2_attention_scoresRaw[28 + h2_attention_u] <== h2_attention_row_h0_t7.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[28 + h2_attention_u] <== h2_attention_row_h0_t7.scoresQ[h2_attention_u];
        h2_attention_delta[28 + h2_attention_u] <== h2_attention_row_h0_t7.delta[h2_attention_u];
        h2_attention_exp[28 + h2_attention_u] <== h2_attention_row_h0_t7.exp[h2_attention_u];
        h2_attention_probs[28 + h2_attention_u] <== h2_attention_row_h0_t7.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][7] <== h2_attention_row_h0_t7.rowMax;
    h2_attention_rowSum[0][7] <== h2_attention_row_h0_t7.rowSum;
    // Head 0, query 8: keys 0..8 (pairs 36..44).
    component h2_attention_row_h0_t8 = AttentionRow(9, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t8.q[h2_attention_d] <== h2_attention_qAcc[8][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 8; h2_attention_u++) {
            h2_attention_row_h0_t8.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t8.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[8][0 + h2_attention_d] <== h2_attention_row_h0_t8.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 8; h2_attention_u++) {
        h2_attention_scoresRaw[36 + h2_attention_u] <== h2_attention_row_h0_t8.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[36 + h2_attention_u] <== h2_attention_row_h0_t8.scoresQ[h2_attention_u];
        h2_attention_delta[36 + h2_attention_u] <== h2_attention_row_h0_t8.delta[h2_attention_u];
        h2_attention_exp[36 + h2_attention_u] <== h2_attention_row_h0_t8.exp[h2_attention_u];
        h2_attention_probs[36 + h2_attention_u] <== h2_attention_row_h0_t8.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][8] <== h2_attention_row_h0_t8.rowMax;
    h2_attention_rowSum[0][8] <== h2_attention_row_h0_t8.rowSum;
    // Head 0, query 9: keys 0..9 (pairs 45..54).
    component h2_attention_row_h0_t9 = AttentionRow(10, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t9.q[h2_attention_d] <== h2_attention_qAcc[9][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 9; h2_attention_u++) {
            h2_attention_row_h0_t9.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t9.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[9][0 + h2_attention_d] <== h2_attention_row_h0_t9.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 9; h2_attention_u++) {
        h2_attention_scoresRaw[45 + h2_attention_u] <== h2_attention_row_h0_t9.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[45 + h2_attention_u] <== h2_attention_row_h0_t9.scoresQ[h2_attention_u];
        h2_attention_delta[45 + h2_attention_u] <== h2_attention_row_h0_t9.delta[h2_attention_u];
        h2_attention_exp[45 + h2_attention_u] <== h2_attention_row_h0_t9.exp[h2_attention_u];
        h2_attention_probs[45 + h2_attention_u] <== h2_attention_row_h0_t9.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][9] <== h2_attention_row_h0_t9.rowMax;
    h2_attention_rowSum[0][9] <== h2_attention_row_h0_t9.rowSum;
    // Head 0, query 10: keys 0..10 (pairs 55..65).
    component h2_attention_row_h0_t10 = AttentionRow(11, 16, [163, 85, 154, 110, 115, 69, 237, 99, 140, 68, 109, 105, 85, 117, 256, 94], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h0_t10.q[h2_attention_d] <== h2_attention_qAcc[10][0 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 10; h2_attention_u++) {
            h2_attention_row_h0_t10.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][0 + h2_attention_d];
            h2_attention_row_h0_t10.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][0 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[10][0 + h2_attention_d] <== h2_attention_row_h0_t10.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 10; h2_attention_u++) {
        h2_attention_scoresRaw[55 + h2_attention_u] <== h2_attention_row_h0_t10.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[55 + h2_attention_u] <== h2_attention_row_h0_t10.scoresQ[h2_attention_u];
        h2_attention_delta[55 + h2_attention_u] <== h2_attention_row_h0_t10.delta[h2_attention_u];
        h2_attention_exp[55 + h2_attention_u] <== h2_attention_row_h0_t10.exp[h2_attention_u];
        h2_attention_probs[55 + h2_attention_u] <== h2_attention_row_h0_t10.probs[h2_attention_u];
    }
    h2_attention_rowMax[0][10] <== h2_attention_row_h0_t10.rowMax;
    h2_attention_rowSum[0][10] <== h2_attention_row_h0_t10.rowSum;
    // Head 1, query 0: keys 0..0 (pairs 66..66).
    component h2_attention_row_h1_t0 = AttentionRow(1, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t0.q[h2_attention_d] <== h2_attention_qAcc[0][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
            h2_attention_row_h1_t0.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t0.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[0][16 + h2_attention_d] <== h2_attention_row_h1_t0.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
        h2_attention_scoresRaw[66 + h2_attention_u] <== h2_attention_row_h1_t0.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[66 + h2_attention_u] <== h2_attention_row_h1_t0.scoresQ[h2_attention_u];
        h2_attention_delta[66 + h2_attention_u] <== h2_attention_row_h1_t0.delta[h2_attention_u];
        h2_attention_exp[66 + h2_attention_u] <== h2_attention_row_h1_t0.exp[h2_attention_u];
        h2_attention_probs[66 + h2_attention_u] <== h2_attention_row_h1_t0.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][0] <== h2_attention_row_h1_t0.rowMax;
    h2_attention_rowSum[1][0] <== h2_attention_row_h1_t0.rowSum;
    // Head 1, query 1: keys 0..1 (pairs 67..68).
    component h2_attention_row_h1_t1 = AttentionRow(2, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t1.q[h2_attention_d] <== h2_attention_qAcc[1][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
            h2_attention_row_h1_t1.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t1.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[1][16 + h2_attention_d] <== h2_attention_row_h1_t1.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
        h2_attention_scoresRaw[67 + h2_attention_u] <== h2_attention_row_h1_t1.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[67 + h2_attention_u] <== h2_attention_row_h1_t1.scoresQ[h2_attention_u];
        h2_attention_delta[67 + h2_attention_u] <== h2_attention_row_h1_t1.delta[h2_attention_u];
        h2_attention_exp[67 + h2_attention_u] <== h2_attention_row_h1_t1.exp[h2_attention_u];
        h2_attention_probs[67 + h2_attention_u] <== h2_attention_row_h1_t1.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][1] <== h2_attention_row_h1_t1.rowMax;
    h2_attention_rowSum[1][1] <== h2_attention_row_h1_t1.rowSum;
    // Head 1, query 2: keys 0..2 (pairs 69..71).
    component h2_attention_row_h1_t2 = AttentionRow(3, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t2.q[h2_attention_d] <== h2_attention_qAcc[2][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
            h2_attention_row_h1_t2.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t2.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[2][16 + h2_attention_d] <== h2_attention_row_h1_t2.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
        h2_attention_scoresRaw[69 + h2_attention_u] <== h2_attention_row_h1_t2.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[69 + h2_attention_u] <== h2_attention_row_h1_t2.scoresQ[h2_attention_u];
        h2_attention_delta[69 + h2_attention_u] <== h2_attention_row_h1_t2.delta[h2_attention_u];
        h2_attention_exp[69 + h2_attention_u] <== h2_attention_row_h1_t2.exp[h2_attention_u];
        h2_attention_probs[69 + h2_attention_u] <== h2_attention_row_h1_t2.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][2] <== h2_attention_row_h1_t2.rowMax;
    h2_attention_rowSum[1][2] <== h2_attention_row_h1_t2.rowSum;
    // Head 1, query 3: keys 0..3 (pairs 72..75).
    component h2_attention_row_h1_t3 = AttentionRow(4, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t3.q[h2_attention_d] <== h2_attention_qAcc[3][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
            h2_attention_row_h1_t3.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t3.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[3][16 + h2_attention_d] <== h2_attention_row_h1_t3.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
        h2_attention_scoresRaw[72 + h2_attention_u] <== h2_attention_row_h1_t3.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[72 + h2_attention_u] <== h2_attention_row_h1_t3.scoresQ[h2_attention_u];
        h2_attention_delta[72 + h2_attention_u] <== h2_attention_row_h1_t3.delta[h2_attention_u];
        h2_attention_exp[72 + h2_attention_u] <== h2_attention_row_h1_t3.exp[h2_attention_u];
        h2_attention_probs[72 + h2_attention_u] <== h2_attention_row_h1_t3.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][3] <== h2_attention_row_h1_t3.rowMax;
    h2_attention_rowSum[1][3] <== h2_attention_row_h1_t3.rowSum;
    // Head 1, query 4: keys 0..4 (pairs 76..80).
    component h2_attention_row_h1_t4 = AttentionRow(5, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t4.q[h2_attention_d] <== h2_attention_qAcc[4][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
            h2_attention_row_h1_t4.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t4.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[4][16 + h2_attention_d] <== h2_attention_row_h1_t4.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
        h2_attention_scoresRaw[76 + h2_attention_u] <== h2_attention_row_h1_t4.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[76 + h2_attention_u] <== h2_attention_row_h1_t4.scoresQ[h2_attention_u];
        h2_attention_delta[76 + h2_attention_u] <== h2_attention_row_h1_t4.delta[h2_attention_u];
        h2_attention_exp[76 + h2_attention_u] <== h2_attention_row_h1_t4.exp[h2_attention_u];
        h2_attention_probs[76 + h2_attention_u] <== h2_attention_row_h1_t4.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][4] <== h2_attention_row_h1_t4.rowMax;
    h2_attention_rowSum[1][4] <== h2_attention_row_h1_t4.rowSum;
    // Head 1, query 5: keys 0..5 (pairs 81..86).
    component h2_attention_row_h1_t5 = AttentionRow(6, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t5.q[h2_attention_d] <== h2_attention_qAcc[5][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
            h2_attention_row_h1_t5.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t5.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[5][16 + h2_attention_d] <== h2_attention_row_h1_t5.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
        h2_attention_scoresRaw[81 + h2_attention_u] <== h2_attention_row_h1_t5.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[81 + h2_attention_u] <== h2_attention_row_h1_t5.scoresQ[h2_attention_u];
        h2_attention_delta[81 + h2_attention_u] <== h2_attention_row_h1_t5.delta[h2_attention_u];
        h2_attention_exp[81 + h2_attention_u] <== h2_attention_row_h1_t5.exp[h2_attention_u];
        h2_attention_probs[81 + h2_attention_u] <== h2_attention_row_h1_t5.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][5] <== h2_attention_row_h1_t5.rowMax;
    h2_attention_rowSum[1][5] <== h2_attention_row_h1_t5.rowSum;
    // Head 1, query 6: keys 0..6 (pairs 87..93).
    component h2_attention_row_h1_t6 = AttentionRow(7, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t6.q[h2_attention_d] <== h2_attention_qAcc[6][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 6; h2_attention_u++) {
            h2_attention_row_h1_t6.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t6.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[6][16 + h2_attention_d] <== h2_attention_row_h1_t6.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 6; h2_attention_u++) {
        h2_attention_scoresRaw[87 + h2_attention_u] <== h2_attention_row_h1_t6.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[87 + h2_attention_u] <== h2_attention_row_h1_t6.scoresQ[h2_attention_u];
        h2_attention_delta[87 + h2_attention_u] <== h2_attention_row_h1_t6.delta[h2_attention_u];
        h2_attention_exp[87 + h2_attention_u] <== h2_attention_row_h1_t6.exp[h2_attention_u];
        h2_attention_probs[87 + h2_attention_u] <== h2_attention_row_h1_t6.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][6] <== h2_attention_row_h1_t6.rowMax;
    h2_attention_rowSum[1][6] <== h2_attention_row_h1_t6.rowSum;
    // Head 1, query 7: keys 0..7 (pairs 94..101).
    component h2_attention_row_h1_t7 = AttentionRow(8, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t7.q[h2_attention_d] <== h2_attention_qAcc[7][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 7; h2_attention_u++) {
            h2_attention_row_h1_t7.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t7.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[7][16 + h2_attention_d] <== h2_attention_row_h1_t7.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 7; h2_attention_u++) {
        h2_attention_scoresRaw[94 + h2_attention_u] <== h2_attention_row_h1_t7.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[94 + h2_attention_u] <== h2_attention_row_h1_t7.scoresQ[h2_attention_u];
        h2_attention_delta[94 + h2_attention_u] <== h2_attention_row_h1_t7.delta[h2_attention_u];
        h2_attention_exp[94 + h2_attention_u] <== h2_attention_row_h1_t7.exp[h2_attention_u];
        h2_attention_probs[94 + h2_attention_u] <== h2_attention_row_h1_t7.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][7] <== h2_attention_row_h1_t7.rowMax;
    h2_attention_rowSum[1][7] <== h2_attention_row_h1_t7.rowSum;
    // Head 1, query 8: keys 0..8 (pairs 102..110).
    component h2_attention_row_h1_t8 = AttentionRow(9, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t8.q[h2_attention_d] <== h2_attention_qAcc[8][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 8; h2_attention_u++) {
            h2_attention_row_h1_t8.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t8.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[8][16 + h2_attention_d] <== h2_attention_row_h1_t8.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 8; h2_attention_u++) {
        h2_attention_scoresRaw[102 + h2_attention_u] <== h2_attention_row_h1_t8.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[102 + h2_attention_u] <== h2_attention_row_h1_t8.scoresQ[h2_attention_u];
        h2_attention_delta[102 + h2_attention_u] <== h2_attention_row_h1_t8.delta[h2_attention_u];
        h2_attention_exp[102 + h2_attention_u] <== h2_attention_row_h1_t8.exp[h2_attention_u];
        h2_attention_probs[102 + h2_attention_u] <== h2_attention_row_h1_t8.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][8] <== h2_attention_row_h1_t8.rowMax;
    h2_attention_rowSum[1][8] <== h2_attention_row_h1_t8.rowSum;
    // Head 1, query 9: keys 0..9 (pairs 111..120).
    component h2_attention_row_h1_t9 = AttentionRow(10, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t9.q[h2_attention_d] <== h2_attention_qAcc[9][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 9; h2_attention_u++) {
            h2_attention_row_h1_t9.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t9.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[9][16 + h2_attention_d] <== h2_attention_row_h1_t9.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 9; h2_attention_u++) {
        h2_attention_scoresRaw[111 + h2_attention_u] <== h2_attention_row_h1_t9.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[111 + h2_attention_u] <== h2_attention_row_h1_t9.scoresQ[h2_attention_u];
        h2_attention_delta[111 + h2_attention_u] <== h2_attention_row_h1_t9.delta[h2_attention_u];
        h2_attention_exp[111 + h2_attention_u] <== h2_attention_row_h1_t9.exp[h2_attention_u];
        h2_attention_probs[111 + h2_attention_u] <== h2_attention_row_h1_t9.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][9] <== h2_attention_row_h1_t9.rowMax;
    h2_attention_rowSum[1][9] <== h2_attention_row_h1_t9.rowSum;
    // Head 1, query 10: keys 0..10 (pairs 121..131).
    component h2_attention_row_h1_t10 = AttentionRow(11, 16, [97, 123, 78, 97, 126, 118, 73, 91, 74, 108, 141, 92, 73, 122, 96, 135], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h1_t10.q[h2_attention_d] <== h2_attention_qAcc[10][16 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 10; h2_attention_u++) {
            h2_attention_row_h1_t10.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][16 + h2_attention_d];
            h2_attention_row_h1_t10.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][16 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[10][16 + h2_attention_d] <== h2_attention_row_h1_t10.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 10; h2_attention_u++) {
        h2_attention_scoresRaw[121 + h2_attention_u] <== h2_attention_row_h1_t10.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[121 + h2_attention_u] <== h2_attention_row_h1_t10.scoresQ[h2_attention_u];
        h2_attention_delta[121 + h2_attention_u] <== h2_attention_row_h1_t10.delta[h2_attention_u];
        h2_attention_exp[121 + h2_attention_u] <== h2_attention_row_h1_t10.exp[h2_attention_u];
        h2_attention_probs[121 + h2_attention_u] <== h2_attention_row_h1_t10.probs[h2_attention_u];
    }
    h2_attention_rowMax[1][10] <== h2_attention_row_h1_t10.rowMax;
    h2_attention_rowSum[1][10] <== h2_attention_row_h1_t10.rowSum;
    // Head 2, query 0: keys 0..0 (pairs 132..132).
    component h2_attention_row_h2_t0 = AttentionRow(1, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 17, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t0.q[h2_attention_d] <== h2_attention_qAcc[0][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
            h2_attention_row_h2_t0.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t0.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[0][32 + h2_attention_d] <== h2_attention_row_h2_t0.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 0; h2_attention_u++) {
        h2_attention_scoresRaw[132 + h2_attention_u] <== h2_attention_row_h2_t0.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[132 + h2_attention_u] <== h2_attention_row_h2_t0.scoresQ[h2_attention_u];
        h2_attention_delta[132 + h2_attention_u] <== h2_attention_row_h2_t0.delta[h2_attention_u];
        h2_attention_exp[132 + h2_attention_u] <== h2_attention_row_h2_t0.exp[h2_attention_u];
        h2_attention_probs[132 + h2_attention_u] <== h2_attention_row_h2_t0.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][0] <== h2_attention_row_h2_t0.rowMax;
    h2_attention_rowSum[2][0] <== h2_attention_row_h2_t0.rowSum;
    // Head 2, query 1: keys 0..1 (pairs 133..134).
    component h2_attention_row_h2_t1 = AttentionRow(2, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 18, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t1.q[h2_attention_d] <== h2_attention_qAcc[1][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
            h2_attention_row_h2_t1.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t1.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[1][32 + h2_attention_d] <== h2_attention_row_h2_t1.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 1; h2_attention_u++) {
        h2_attention_scoresRaw[133 + h2_attention_u] <== h2_attention_row_h2_t1.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[133 + h2_attention_u] <== h2_attention_row_h2_t1.scoresQ[h2_attention_u];
        h2_attention_delta[133 + h2_attention_u] <== h2_attention_row_h2_t1.delta[h2_attention_u];
        h2_attention_exp[133 + h2_attention_u] <== h2_attention_row_h2_t1.exp[h2_attention_u];
        h2_attention_probs[133 + h2_attention_u] <== h2_attention_row_h2_t1.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][1] <== h2_attention_row_h2_t1.rowMax;
    h2_attention_rowSum[2][1] <== h2_attention_row_h2_t1.rowSum;
    // Head 2, query 2: keys 0..2 (pairs 135..137).
    component h2_attention_row_h2_t2 = AttentionRow(3, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t2.q[h2_attention_d] <== h2_attention_qAcc[2][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
            h2_attention_row_h2_t2.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t2.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[2][32 + h2_attention_d] <== h2_attention_row_h2_t2.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 2; h2_attention_u++) {
        h2_attention_scoresRaw[135 + h2_attention_u] <== h2_attention_row_h2_t2.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[135 + h2_attention_u] <== h2_attention_row_h2_t2.scoresQ[h2_attention_u];
        h2_attention_delta[135 + h2_attention_u] <== h2_attention_row_h2_t2.delta[h2_attention_u];
        h2_attention_exp[135 + h2_attention_u] <== h2_attention_row_h2_t2.exp[h2_attention_u];
        h2_attention_probs[135 + h2_attention_u] <== h2_attention_row_h2_t2.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][2] <== h2_attention_row_h2_t2.rowMax;
    h2_attention_rowSum[2][2] <== h2_attention_row_h2_t2.rowSum;
    // Head 2, query 3: keys 0..3 (pairs 138..141).
    component h2_attention_row_h2_t3 = AttentionRow(4, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 19, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t3.q[h2_attention_d] <== h2_attention_qAcc[3][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
            h2_attention_row_h2_t3.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t3.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[3][32 + h2_attention_d] <== h2_attention_row_h2_t3.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 3; h2_attention_u++) {
        h2_attention_scoresRaw[138 + h2_attention_u] <== h2_attention_row_h2_t3.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[138 + h2_attention_u] <== h2_attention_row_h2_t3.scoresQ[h2_attention_u];
        h2_attention_delta[138 + h2_attention_u] <== h2_attention_row_h2_t3.delta[h2_attention_u];
        h2_attention_exp[138 + h2_attention_u] <== h2_attention_row_h2_t3.exp[h2_attention_u];
        h2_attention_probs[138 + h2_attention_u] <== h2_attention_row_h2_t3.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][3] <== h2_attention_row_h2_t3.rowMax;
    h2_attention_rowSum[2][3] <== h2_attention_row_h2_t3.rowSum;
    // Head 2, query 4: keys 0..4 (pairs 142..146).
    component h2_attention_row_h2_t4 = AttentionRow(5, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t4.q[h2_attention_d] <== h2_attention_qAcc[4][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
            h2_attention_row_h2_t4.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t4.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[4][32 + h2_attention_d] <== h2_attention_row_h2_t4.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 4; h2_attention_u++) {
        h2_attention_scoresRaw[142 + h2_attention_u] <== h2_attention_row_h2_t4.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[142 + h2_attention_u] <== h2_attention_row_h2_t4.scoresQ[h2_attention_u];
        h2_attention_delta[142 + h2_attention_u] <== h2_attention_row_h2_t4.delta[h2_attention_u];
        h2_attention_exp[142 + h2_attention_u] <== h2_attention_row_h2_t4.exp[h2_attention_u];
        h2_attention_probs[142 + h2_attention_u] <== h2_attention_row_h2_t4.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][4] <== h2_attention_row_h2_t4.rowMax;
    h2_attention_rowSum[2][4] <== h2_attention_row_h2_t4.rowSum;
    // Head 2, query 5: keys 0..5 (pairs 147..152).
    component h2_attention_row_h2_t5 = AttentionRow(6, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t5.q[h2_attention_d] <== h2_attention_qAcc[5][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
            h2_attention_row_h2_t5.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t5.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[5][32 + h2_attention_d] <== h2_attention_row_h2_t5.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 5; h2_attention_u++) {
        h2_attention_scoresRaw[147 + h2_attention_u] <== h2_attention_row_h2_t5.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[147 + h2_attention_u] <== h2_attention_row_h2_t5.scoresQ[h2_attention_u];
        h2_attention_delta[147 + h2_attention_u] <== h2_attention_row_h2_t5.delta[h2_attention_u];
        h2_attention_exp[147 + h2_attention_u] <== h2_attention_row_h2_t5.exp[h2_attention_u];
        h2_attention_probs[147 + h2_attention_u] <== h2_attention_row_h2_t5.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][5] <== h2_attention_row_h2_t5.rowMax;
    h2_attention_rowSum[2][5] <== h2_attention_row_h2_t5.rowSum;
    // Head 2, query 6: keys 0..6 (pairs 153..159).
    component h2_attention_row_h2_t6 = AttentionRow(7, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t6.q[h2_attention_d] <== h2_attention_qAcc[6][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 6; h2_attention_u++) {
            h2_attention_row_h2_t6.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t6.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[6][32 + h2_attention_d] <== h2_attention_row_h2_t6.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 6; h2_attention_u++) {
        h2_attention_scoresRaw[153 + h2_attention_u] <== h2_attention_row_h2_t6.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[153 + h2_attention_u] <== h2_attention_row_h2_t6.scoresQ[h2_attention_u];
        h2_attention_delta[153 + h2_attention_u] <== h2_attention_row_h2_t6.delta[h2_attention_u];
        h2_attention_exp[153 + h2_attention_u] <== h2_attention_row_h2_t6.exp[h2_attention_u];
        h2_attention_probs[153 + h2_attention_u] <== h2_attention_row_h2_t6.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][6] <== h2_attention_row_h2_t6.rowMax;
    h2_attention_rowSum[2][6] <== h2_attention_row_h2_t6.rowSum;
    // Head 2, query 7: keys 0..7 (pairs 160..167).
    component h2_attention_row_h2_t7 = AttentionRow(8, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 20, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t7.q[h2_attention_d] <== h2_attention_qAcc[7][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 7; h2_attention_u++) {
            h2_attention_row_h2_t7.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t7.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[7][32 + h2_attention_d] <== h2_attention_row_h2_t7.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 7; h2_attention_u++) {
        h2_attention_scoresRaw[160 + h2_attention_u] <== h2_attention_row_h2_t7.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[160 + h2_attention_u] <== h2_attention_row_h2_t7.scoresQ[h2_attention_u];
        h2_attention_delta[160 + h2_attention_u] <== h2_attention_row_h2_t7.delta[h2_attention_u];
        h2_attention_exp[160 + h2_attention_u] <== h2_attention_row_h2_t7.exp[h2_attention_u];
        h2_attention_probs[160 + h2_attention_u] <== h2_attention_row_h2_t7.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][7] <== h2_attention_row_h2_t7.rowMax;
    h2_attention_rowSum[2][7] <== h2_attention_row_h2_t7.rowSum;
    // Head 2, query 8: keys 0..8 (pairs 168..176).
    component h2_attention_row_h2_t8 = AttentionRow(9, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t8.q[h2_attention_d] <== h2_attention_qAcc[8][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 8; h2_attention_u++) {
            h2_attention_row_h2_t8.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t8.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[8][32 + h2_attention_d] <== h2_attention_row_h2_t8.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 8; h2_attention_u++) {
        h2_attention_scoresRaw[168 + h2_attention_u] <== h2_attention_row_h2_t8.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[168 + h2_attention_u] <== h2_attention_row_h2_t8.scoresQ[h2_attention_u];
        h2_attention_delta[168 + h2_attention_u] <== h2_attention_row_h2_t8.delta[h2_attention_u];
        h2_attention_exp[168 + h2_attention_u] <== h2_attention_row_h2_t8.exp[h2_attention_u];
        h2_attention_probs[168 + h2_attention_u] <== h2_attention_row_h2_t8.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][8] <== h2_attention_row_h2_t8.rowMax;
    h2_attention_rowSum[2][8] <== h2_attention_row_h2_t8.rowSum;
    // Head 2, query 9: keys 0..9 (pairs 177..186).
    component h2_attention_row_h2_t9 = AttentionRow(10, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t9.q[h2_attention_d] <== h2_attention_qAcc[9][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 9; h2_attention_u++) {
            h2_attention_row_h2_t9.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t9.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[9][32 + h2_attention_d] <== h2_attention_row_h2_t9.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 9; h2_attention_u++) {
        h2_attention_scoresRaw[177 + h2_attention_u] <== h2_attention_row_h2_t9.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[177 + h2_attention_u] <== h2_attention_row_h2_t9.scoresQ[h2_attention_u];
        h2_attention_delta[177 + h2_attention_u] <== h2_attention_row_h2_t9.delta[h2_attention_u];
        h2_attention_exp[177 + h2_attention_u] <== h2_attention_row_h2_t9.exp[h2_attention_u];
        h2_attention_probs[177 + h2_attention_u] <== h2_attention_row_h2_t9.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][9] <== h2_attention_row_h2_t9.rowMax;
    h2_attention_rowSum[2][9] <== h2_attention_row_h2_t9.rowSum;
    // Head 2, query 10: keys 0..10 (pairs 187..197).
    component h2_attention_row_h2_t10 = AttentionRow(11, 16, [61, 94, 37, 112, 68, 68, 100, 46, 151, 98, 73, 46, 84, 65, 67, 89], 17701, 47, 19, 19, 21, 8, 16, 16, 39, 4, -45340, 15212, -2648, 12);
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_row_h2_t10.q[h2_attention_d] <== h2_attention_qAcc[10][32 + h2_attention_d];
        for (var h2_attention_u = 0; h2_attention_u <= 10; h2_attention_u++) {
            h2_attention_row_h2_t10.k[h2_attention_u][h2_attention_d] <== h2_attention_kAcc[h2_attention_u][32 + h2_attention_d];
            h2_attention_row_h2_t10.v[h2_attention_u][h2_attention_d] <== h2_attention_vAcc[h2_attention_u][32 + h2_attention_d];
        }
    }
    for (var h2_attention_d = 0; h2_attention_d < 16; h2_attention_d++) {
        h2_attention_av[10][32 + h2_attention_d] <== h2_attention_row_h2_t10.av[h2_attention_d];
    }
    for (var h2_attention_u = 0; h2_attention_u <= 10; h2_attention_u++) {
        h2_attention_scoresRaw[187 + h2_attention_u] <== h2_attention_row_h2_t10.scoresRaw[h2_attention_u];
        h2_attention_scoresQ[187 + h2_attention_u] <== h2_attention_row_h2_t10.scoresQ[h2_attention_u];
        h2_attention_delta[187 + h2_attention_u] <== h2_attention_row_h2_t10.delta[h2_attention_u];
        h2_attention_exp[187 + h2_attention_u] <== h2_attention_row_h2_t10.exp[h2_attention_u];
        h2_attention_probs[187 + h2_attention_u] <== h2_attention_row_h2_t10.probs[h2_attention_u];
    }
    h2_attention_rowMax[2][10] <== h2_attention_row_h2_t10.rowMax;
    h2_attention_rowSum[2][10] <== h2_attention_row_h2_t10.rowSum;
    // Steps 9-10: output projection with bias, requantization with saturation.
    component h2_attention_outProj = OutputProjection(11, 48, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [27059, 10681, 18766, 12035, 17560, 11889, 22742, 31202, 17349, 19233, 15761, 26705, 17935, 21287, 19018, 17187, 13972, 14442, 16791, 21666, 17294, 9294, 22356, 10479, 25269, 18746, 12967, 11424, 8959, 24827, 17505, 21448, 21156, 18134, 17535, 19758, 21967, 15512, 19114, 11482, 13543, 23113, 24829, 16545, 20274, 8645, 15169, 18382], 46, 15);
    h2_attention_outProj.av <== h2_attention_av;
    h2_attention_outProj.w <== h2_attention_wo;
    h2_attention_outProj.b <== h2_attention_bo;
    h2_attention_outAcc <== h2_attention_outProj.acc;
    h2_attention_outQ <== h2_attention_outProj.out;

    // h2_attnResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h2_attnResid_sumAcc[11][48];
    signal h2_attnResid_outQ[11][48];
    component h2_attnResid_add = ResidualAdd(11, 48, h2_attnResid_ma(), h2_attnResid_mb(), h2_attnResid_shift(), h2_attnResid_yBits(), 16, 8);
    h2_attnResid_add.a <== streamIn;
    h2_attnResid_add.b <== h2_attention_outQ;
    h2_attnResid_sumAcc <== h2_attnResid_add.sumAcc;
    h2_attnResid_outQ <== h2_attnResid_add.outQ;

    // h2_ln2: integer LayerNorm (circuits/lib/layernorm.circom; src/stages/layerNorm.ts).
    signal h2_ln2_sumX[11];
    signal h2_ln2_centered[11][48];
    signal h2_ln2_varQ[11];
    signal h2_ln2_sd[11];
    signal h2_ln2_invSd[11];
    signal h2_ln2_yAcc[11][48];
    signal h2_ln2_yQ[11][48];
    // Why: the packing range-checks gammaQ and betaQ (injective commitment) and binds them.
    component h2_ln2_packGamma = PackSigned(48, 17);
    h2_ln2_packGamma.in <== h2_ln2_gammaQ;
    component h2_ln2_packBeta = PackSigned(48, 8);
    h2_ln2_packBeta.in <== h2_ln2_betaQ;
    signal h2_ln2_commitment[6];
    for (var e = 0; e < 4; e++) {
        h2_ln2_commitment[e] <== h2_ln2_packGamma.out[e];
    }
    for (var e = 0; e < 2; e++) {
        h2_ln2_commitment[4 + e] <== h2_ln2_packBeta.out[e];
    }
    component h2_ln2_ln = LayerNorm(11, 48, 487673582, 33, 6, 0, 25, 26, 19, 12);
    h2_ln2_ln.gamma <== h2_ln2_gammaQ;
    h2_ln2_ln.beta <== h2_ln2_betaQ;
    h2_ln2_ln.x <== h2_attnResid_outQ;
    h2_ln2_sumX <== h2_ln2_ln.sumX;
    h2_ln2_centered <== h2_ln2_ln.centered;
    h2_ln2_varQ <== h2_ln2_ln.varQ;
    h2_ln2_sd <== h2_ln2_ln.sd;
    h2_ln2_invSd <== h2_ln2_ln.invSd;
    h2_ln2_yAcc <== h2_ln2_ln.yAcc;
    h2_ln2_yQ <== h2_ln2_ln.yQ;

    // h2_mlp: MLP c_fc -> i-GELU -> c_proj (src/stages/mlp.ts; widths hy 16, h 14, c 13, gy 16).
    signal h2_mlp_fcAcc[11][192];
    signal h2_mlp_hQ[11][192];
    signal h2_mlp_hClip[11][192];
    signal h2_mlp_erfQ[11][192];
    signal h2_mlp_gAcc[11][192];
    signal h2_mlp_gQ[11][192];
    signal h2_mlp_projAcc[11][48];
    // Private weights: the commitment's packings are their range checks (int8 weights, biases
    // to fcBiasBits = 14 / projBiasBits = 14 signed bits).
    signal h2_mlp_commitment[610];
    component h2_mlp_packWFc = PackSigned(9216, 8);
    for (var h2_mlp_r = 0; h2_mlp_r < 192; h2_mlp_r++) {
        for (var h2_mlp_c = 0; h2_mlp_c < 48; h2_mlp_c++) {
            h2_mlp_packWFc.in[h2_mlp_r * 48 + h2_mlp_c] <== h2_mlp_wFc[h2_mlp_r][h2_mlp_c];
        }
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 298; h2_mlp_e++) {
        h2_mlp_commitment[0 + h2_mlp_e] <== h2_mlp_packWFc.out[h2_mlp_e];
    }
    component h2_mlp_packBFc = PackSigned(192, 14);
    h2_mlp_packBFc.in <== h2_mlp_bFc;
    for (var h2_mlp_e = 0; h2_mlp_e < 11; h2_mlp_e++) {
        h2_mlp_commitment[298 + h2_mlp_e] <== h2_mlp_packBFc.out[h2_mlp_e];
    }
    component h2_mlp_packWProj = PackSigned(9216, 8);
    for (var h2_mlp_r = 0; h2_mlp_r < 48; h2_mlp_r++) {
        for (var h2_mlp_c = 0; h2_mlp_c < 192; h2_mlp_c++) {
            h2_mlp_packWProj.in[h2_mlp_r * 192 + h2_mlp_c] <== h2_mlp_wProj[h2_mlp_r][h2_mlp_c];
        }
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 298; h2_mlp_e++) {
        h2_mlp_commitment[309 + h2_mlp_e] <== h2_mlp_packWProj.out[h2_mlp_e];
    }
    component h2_mlp_packBProj = PackSigned(48, 14);
    h2_mlp_packBProj.in <== h2_mlp_bProj;
    for (var h2_mlp_e = 0; h2_mlp_e < 3; h2_mlp_e++) {
        h2_mlp_commitment[607 + h2_mlp_e] <== h2_mlp_packBProj.out[h2_mlp_e];
    }
    component h2_mlp_fc = ClaimedDense(11, 48, 192);
    h2_mlp_fc.w <== h2_mlp_wFc;
    h2_mlp_fc.b <== h2_mlp_bFc;
    h2_mlp_fc.x <== h2_ln2_yQ;
    h2_mlp_fcAcc <== h2_mlp_fc.acc;
    var h2_mlp_hm[192] = h2_mlp_hMult();
    var h2_mlp_hs[192] = h2_mlp_hShift();
    var h2_mlp_gm[192] = h2_mlp_gMult();
    var h2_mlp_gs[192] = h2_mlp_gShift();
    component h2_mlp_hReq[11][192];
    component h2_mlp_gelu[11][192];
    component h2_mlp_gReq[11][192];
    for (var h2_mlp_t = 0; h2_mlp_t < 11; h2_mlp_t++) {
        for (var h2_mlp_j = 0; h2_mlp_j < 192; h2_mlp_j++) {
            // GELU input: round(fcAcc * hMult / 2^hShift), clamped to +-8191.
            h2_mlp_hReq[h2_mlp_t][h2_mlp_j] = RequantClamp(h2_mlp_hm[h2_mlp_j], h2_mlp_hs[h2_mlp_j], 16, 13);
            h2_mlp_hReq[h2_mlp_t][h2_mlp_j].in <== h2_mlp_fcAcc[h2_mlp_t][h2_mlp_j];
            h2_mlp_hQ[h2_mlp_t][h2_mlp_j] <== h2_mlp_hReq[h2_mlp_t][h2_mlp_j].out;
            _ <== h2_mlp_hReq[h2_mlp_t][h2_mlp_j].y;
            _ <== h2_mlp_hReq[h2_mlp_t][h2_mlp_j].rem;
            // I-BERT i-GELU.
            h2_mlp_gelu[h2_mlp_t][h2_mlp_j] = GeluInt(14, 13, -9463, 2562, 68719476736);
            h2_mlp_gelu[h2_mlp_t][h2_mlp_j].hQ <== h2_mlp_hQ[h2_mlp_t][h2_mlp_j];
            h2_mlp_hClip[h2_mlp_t][h2_mlp_j] <== h2_mlp_gelu[h2_mlp_t][h2_mlp_j].hClip;
            h2_mlp_erfQ[h2_mlp_t][h2_mlp_j] <== h2_mlp_gelu[h2_mlp_t][h2_mlp_j].erfQ;
            h2_mlp_gAcc[h2_mlp_t][h2_mlp_j] <== h2_mlp_gelu[h2_mlp_t][h2_mlp_j].gAcc;
            // int8 GELU output: round(gAcc * gMult / 2^gShift), clamped to +-127.
            h2_mlp_gReq[h2_mlp_t][h2_mlp_j] = RequantClamp(h2_mlp_gm[h2_mlp_j], h2_mlp_gs[h2_mlp_j], 16, 7);
            h2_mlp_gReq[h2_mlp_t][h2_mlp_j].in <== h2_mlp_gAcc[h2_mlp_t][h2_mlp_j];
            h2_mlp_gQ[h2_mlp_t][h2_mlp_j] <== h2_mlp_gReq[h2_mlp_t][h2_mlp_j].out;
            _ <== h2_mlp_gReq[h2_mlp_t][h2_mlp_j].y;
            _ <== h2_mlp_gReq[h2_mlp_t][h2_mlp_j].rem;
        }
    }
    component h2_mlp_proj = ClaimedDense(11, 192, 48);
    h2_mlp_proj.w <== h2_mlp_wProj;
    h2_mlp_proj.b <== h2_mlp_bProj;
    h2_mlp_proj.x <== h2_mlp_gQ;
    h2_mlp_projAcc <== h2_mlp_proj.acc;
    // Freivalds (docs/design.md "Soundness rules" 7): the challenge is a Poseidon sponge over the
    // committed weights and biases (<id>_commitment), xQ (int8 by the upstream clamp, packed),
    // the claimed fcAcc through its requantization's range-checked (y, rem) (fcAcc = (y 2^k + rem
    // - 2^(k-1)) / M) and the claimed projAcc (range-checked to 23 bits and packed); gQ is a
    // constrained function of fcAcc.
    component h2_mlp_packX = PackOffset(528, 8);
    for (var h2_mlp_t = 0; h2_mlp_t < 11; h2_mlp_t++) {
        for (var h2_mlp_i = 0; h2_mlp_i < 48; h2_mlp_i++) {
            h2_mlp_packX.in[h2_mlp_t * 48 + h2_mlp_i] <== h2_ln2_yQ[h2_mlp_t][h2_mlp_i];
        }
    }
    signal h2_mlp_packH[528];
    for (var h2_mlp_e = 0; h2_mlp_e < 528; h2_mlp_e++) {
        var h2_mlp_lc = 0;
        for (var h2_mlp_k = 0; h2_mlp_k < 4; h2_mlp_k++) {
            var h2_mlp_v = h2_mlp_e * 4 + h2_mlp_k;
            if (h2_mlp_v < 2112) {
                var h2_mlp_pt = h2_mlp_v \ 192;
                var h2_mlp_pj = h2_mlp_v % 192;
                h2_mlp_lc += (h2_mlp_hReq[h2_mlp_pt][h2_mlp_pj].rem + 2 ** h2_mlp_hs[h2_mlp_pj] * (h2_mlp_hReq[h2_mlp_pt][h2_mlp_pj].y + 40960)) * 2 ** (54 * h2_mlp_k);
            }
        }
        h2_mlp_packH[h2_mlp_e] <== h2_mlp_lc;
    }
    component h2_mlp_packP = PackSigned(528, 23);
    for (var h2_mlp_t = 0; h2_mlp_t < 11; h2_mlp_t++) {
        for (var h2_mlp_i = 0; h2_mlp_i < 48; h2_mlp_i++) {
            h2_mlp_packP.in[h2_mlp_t * 48 + h2_mlp_i] <== h2_mlp_projAcc[h2_mlp_t][h2_mlp_i];
        }
    }
    component h2_mlp_challenge = Sponge(1204, 4);
    for (var h2_mlp_e = 0; h2_mlp_e < 610; h2_mlp_e++) {
        h2_mlp_challenge.in[h2_mlp_e] <== h2_mlp_commitment[h2_mlp_e];
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 18; h2_mlp_e++) {
        h2_mlp_challenge.in[610 + h2_mlp_e] <== h2_mlp_packX.out[h2_mlp_e];
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 528; h2_mlp_e++) {
        h2_mlp_challenge.in[628 + h2_mlp_e] <== h2_mlp_packH[h2_mlp_e];
    }
    for (var h2_mlp_e = 0; h2_mlp_e < 48; h2_mlp_e++) {
        h2_mlp_challenge.in[1156 + h2_mlp_e] <== h2_mlp_packP.out[h2_mlp_e];
    }
    signal h2_mlp_rho;
    h2_mlp_rho <== h2_mlp_challenge.out;
    // Why: the two private-weight products, each checked by one random linear combination per row.
    component h2_mlp_checkFc = FreivaldsDense(11, 48, 192);
    h2_mlp_checkFc.x <== h2_ln2_yQ;
    h2_mlp_checkFc.w <== h2_mlp_wFc;
    h2_mlp_checkFc.b <== h2_mlp_bFc;
    h2_mlp_checkFc.acc <== h2_mlp_fcAcc;
    h2_mlp_checkFc.rho <== h2_mlp_rho;
    component h2_mlp_checkProj = FreivaldsDense(11, 192, 48);
    h2_mlp_checkProj.x <== h2_mlp_gQ;
    h2_mlp_checkProj.w <== h2_mlp_wProj;
    h2_mlp_checkProj.b <== h2_mlp_bProj;
    h2_mlp_checkProj.acc <== h2_mlp_projAcc;
    h2_mlp_checkProj.rho <== h2_mlp_rho;

    // h2_mlpResid: residual add (circuits/lib/residual.circom; src/stages/residual.ts).
    signal h2_mlpResid_sumAcc[11][48];
    signal h2_mlpResid_outQ[11][48];
    component h2_mlpResid_add = ResidualAdd(11, 48, h2_mlpResid_ma(), h2_mlpResid_mb(), h2_mlpResid_shift(), h2_mlpResid_yBits(), 16, 20);
    h2_mlpResid_add.a <== h2_attnResid_outQ;
    h2_mlpResid_add.b <== h2_mlp_projAcc;
    h2_mlpResid_sumAcc <== h2_mlpResid_add.sumAcc;
    h2_mlpResid_outQ <== h2_mlpResid_add.outQ;

    // outputCommitment: Sponge(5) over the residual stream after h2.mlpResid, the tokens and
    // outSalt (linear packing: the residual add's clamp proves every value in ±32767).
    component streamOutPack = PackOffset(528, 16);
    for (var glue_t = 0; glue_t < 11; glue_t++) {
        for (var glue_i = 0; glue_i < 48; glue_i++) {
            streamOutPack.in[glue_t * 48 + glue_i] <== h2_mlpResid_outQ[glue_t][glue_i];
        }
    }
    component outputHash = Sponge(38, 5);
    for (var glue_e = 0; glue_e < 36; glue_e++) {
        outputHash.in[glue_e] <== streamOutPack.out[glue_e];
    }
    for (var glue_e = 0; glue_e < 1; glue_e++) {
        outputHash.in[36 + glue_e] <== tokensPack.out[glue_e];
    }
    outputHash.in[37] <== outSalt;
    outputCommitment === outputHash.out;
    // modelCommitment: Sponge(1) over every stage's commitment array in stage order.
    component modelHash = Sponge(939, 1);
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[0 + glue_e] <== h2_ln1_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 317; glue_e++) {
        modelHash.in[6 + glue_e] <== h2_attention_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 6; glue_e++) {
        modelHash.in[323 + glue_e] <== h2_ln2_commitment[glue_e];
    }
    for (var glue_e = 0; glue_e < 610; glue_e++) {
        modelHash.in[329 + glue_e] <== h2_mlp_commitment[glue_e];
    }
    modelCommitment === modelHash.out;
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    signal bindingSquare;
    bindingSquare <== binding * binding;
}

component main {public [modelCommitment, inputCommitment, outputCommitment, binding]} = GptNanoSortModelSeg3of4();
