// The hashes of GeneratedAnswers' answers, in order; written by GeneratedAnswerTests with TEJIDO_RECORD_PINS set.

extension GeneratedAnswers {
    static let pins: [UInt64] = [
        0xac98d5a4a4f818a5,  // base referral 0: worker-coop-barcelona-0 needs impact.data_collection
        0xd59e4cfa82b55836,  // base referral 1: worker-coop-chicago-d needs impact.data_collection
        0xf4370496d31ef888,  // base referral 2: worker-coop-new-york-q needs employment.job_placement
        0x71e05c8851a2f64f,  // base referral 3: worker-coop-santiago-13 needs ecosystem
        0x214155bfade955cc,  // base referral 4: lender-cdfi-bologna-1g needs impact.data_collection
        0x842ff2c7956ac5a6,  // base referral 5: coop-developer-new-york-1t needs impact.data_collection
        0x5036ec32b52c15e3,  // base referral 6: worker-coop-madrid-26 needs management.business_administration
        0xe7af02e84b7ff633,  // base referral 7: worker-coop-berlin-2j needs commercial
        0x85524f9b95c77570,  // base referral 8: worker-coop-lhospitalet-2w needs impact.data_collection
        0x33875aa3332e29ac,  // base referral 9: ta-provider-athens-39 needs employment.job_placement
        0xa8b16e49bcf3771c,  // base referral 10: university-sao-paulo-3m needs finance.accounting
        0xb717c5f2c21414cb,  // base referral 11: business-service-org-chania-3z needs legal
        0x3b2665d088376ed0,  // base referral 12: worker-coop-mexico-city-4c needs impact.data_collection
        0x4e6e5aaf4cc0d933,  // base referral 13: business-service-org-new-york-4p needs impact.data_collection
        0xe63c5833fff3943d,  // base referral 14: worker-coop-minneapolis-52 needs impact.evaluation
        0x6792caad8df61116,  // base referral 15: funder-mexico-city-5f needs planning
        0xc3e7ff2a504aea44,  // base referral 16: housing-coop-oakland-5s needs impact.data_collection
        0xfa860729ca44ca3c,  // base referral 17: business-service-org-valparaiso-65 needs incubation.coop_creation
        0x18c6e9e8c67af304,  // base referral 18: worker-coop-bologna-6i needs training.train_the_trainers
        0x1356c59b8fa2de95,  // base referral 19: consumer-coop-athens-6v needs commercial
        0xa24a8978940f0b23,  // base referral 20: worker-coop-bilbao-78 needs impact.data_collection
        0x31a2d80378083573,  // base referral 21: consumer-coop-minneapolis-7l needs finance.financial_management
        0x83feb8b05634a51a,  // base referral 22: ta-provider-sao-paulo-7y needs employment.inclusion
        0x37b3755a29b27441,  // base referral 23: worker-coop-sao-paulo-8b needs finance
        0xbb49a8bf52a25325,  // base referral 24: worker-coop-new-york-8o needs impact.data_collection
        0x2f39a3ca0dc8a51e,  // base referral 25: worker-coop-sao-paulo-91 needs ecosystem.education
        0x172abdb272a0ee73,  // base referral 26: worker-coop-thessaloniki-9e needs ecosystem.networking
        0x66b3a0aab1571f9d,  // base referral 27: worker-coop-bologna-9r needs capital
        0xbb1b27a27ec60d50,  // base referral 28: business-service-org-new-york-a4 needs impact.data_collection
        0x69dc2ba083702348,  // base referral 29: consumer-coop-chicago-ah needs ecosystem.education
        0x73df8123b13af0aa,  // base referral 30: worker-coop-montreal-au needs training.technical_management
        0x222dee306d617439,  // base referral 31: support-centre-mexico-city-b7 needs incubation
        0xfa6db14bd6bc5f0c,  // base referral 32: consumer-coop-barcelona-bk needs impact.data_collection
        0xe90863e24dfb59d5,  // base referral 33: nonprofit-valparaiso-bx needs ecosystem.mapping
        0xc862d91e6cf49c1f,  // base referral 34: university-madrid-ca needs commercial.sales_funnel
        0xf6092da221200f00,  // base referral 35: worker-coop-santiago-cn needs training
        0xf68cdcfe127d4dc3,  // base referral 36: business-service-org-oakland-d0 needs impact.data_collection
        0xe6a470020ee7c909,  // base referral 37: worker-coop-new-york-dd needs finance.bookkeeping
        0xb0c3571ee22f590f,  // base referral 38: worker-coop-berlin-dq needs commercial.marketing
        0xc988fdbea09e68f5,  // base referral 39: consumer-coop-thessaloniki-e3 needs legal
        0x8e40a1cbd77c7316,  // base referral 40: worker-coop-new-york-eg needs impact.data_collection
        0x4b74d97072d28196,  // base referral 41: worker-coop-chicago-et needs legal.bylaws
        0x5572d208416fc1c4,  // base referral 42: worker-coop-new-york-f6 needs space.events
        0x4cb3db0f22b2048d,  // base referral 43: worker-coop-santiago-fj needs incubation
        0x9bc590b7845a49d6,  // base referral 44: worker-coop-new-york-fw needs impact.data_collection
        0x31a509af36708e22,  // base referral 45: coop-developer-oakland-g9 needs impact.data_collection
        0xe651d4848256290c,  // base referral 46: coop-developer-new-york-gm needs ecosystem.policy
        0x35347dc46e7428de,  // base referral 47: worker-coop-athens-gz needs planning
        0x7d290ab9440ef0f7,  // base referral 48: social-coop-montreal-hc needs impact.data_collection
        0x95f7d40c7dc10e00,  // base referral 49: ta-provider-new-york-hp needs conversion.business_preservation
        0x366b31f8aaf97876,  // base referral 50: worker-coop-coquimbo-i2 needs impact.metrics
        0xc41811a22d75f7fa,  // base referral 51: coop-developer-new-york-if needs legal
        0xcb90e041583cc5b5,  // base referral 52: worker-coop-minneapolis-is needs impact.data_collection
        0x18e5a47a3b3c3e9e,  // base referral 53: social-coop-minneapolis-j5 needs planning.business_plan
        0xd64d91bcbb64022c,  // base referral 54: worker-coop-thessaloniki-ji needs planning.mission_statement
        0x5e1ed385ab6ecf8b,  // base referral 55: worker-coop-athens-jv needs space
        0xa33e31ddd067263f,  // base referral 56: support-centre-chicago-k8 needs impact.data_collection
        0x5e41af0b4748493a,  // base referral 57: worker-coop-athens-kl needs formalization
        0xf9cc4ac488612197,  // base referral 58: worker-coop-minneapolis-ky needs governance.democratic_management
        0xedfffbd82044d61d,  // base referral 59: worker-coop-new-york-lb needs legal
        0x3753e6f966818769,  // base referral 60: worker-coop-lhospitalet-lo needs impact.data_collection
        0x7fcb302790467388,  // base referral 61: coop-developer-minneapolis-m1 needs commercial.new_markets
        0x662fd085d14a6423,  // base referral 62: worker-coop-mexico-city-me needs training.coop_development_skills
        0xd9d7bbbfef8b40a7,  // base referral 63: housing-coop-athens-mr needs impact
        0xa6fb43f8afb399bf,  // base referral 64: coop-developer-chicago-n4 needs impact.data_collection
        0xd9aa3d8be9ab3ffd,  // base referral 65: worker-coop-chicago-nh needs impact.data_collection
        0x4d0902a3c4745586,  // base referral 66: ta-provider-athens-nu needs ecosystem.education
        0x7bec5b2b34d50f9f,  // base referral 67: support-centre-new-york-o7 needs commercial
        0x9d45f08e94cb8a16,  // base referral 68: consumer-coop-mexico-city-ok needs impact.data_collection
        0x8aa55c9f31293fc4,  // base referral 69: coop-developer-valparaiso-ox needs impact.data_collection
        0x58d389fdd96bb38a,  // base referral 70: business-service-org-mexico-city-pa needs commercial.market_analysis
        0x4f9dbcda9539c4d6,  // base referral 71: worker-coop-athens-pn needs nonprofit
        0x808a6791f5bae091,  // base referral 72: worker-coop-oakland-q0 needs impact.data_collection
        0xb68284574d8ab841,  // base referral 73: social-coop-barcelona-qd needs finance.financial_management
        0x8560e0d17c930c47,  // base referral 74: business-service-org-new-york-qq needs legal.bylaws
        0xbdd5080d07d714e2,  // base referral 75: lender-cdfi-santiago-r3 needs ecosystem
        0x7db3cda56a5cd90c,  // base referral 76: municipality-minneapolis-rg needs impact.data_collection
        0x5819d4b2836208a3,  // base referral 77: business-service-org-thessaloniki-rt needs finance.financial_management
        0x3fc8c452c0605dd2,  // base referral 78: housing-coop-chicago-s6 needs planning.strategic_plan
        0xfb067ccc5162c163,  // base referral 79: ta-provider-mexico-city-sj needs incubation
        0xb86149e4f5363973,  // base referral 80: worker-coop-new-york-sw needs impact.data_collection
        0x4af99a93246f3cbf,  // base referral 81: worker-coop-bologna-t9 needs management.business_administration
        0x666abb9d48b5f609,  // base referral 82: worker-coop-madrid-tm needs commercial.commercialization
        0x8df094140e673b77,  // base referral 83: worker-coop-chicago-tz needs planning
        0xe058163ad76dc00e,  // base referral 84: consumer-coop-coquimbo-uc needs impact.data_collection
        0xe742761026b6e72c,  // base referral 85: ta-provider-new-york-up needs incubation.inclusive
        0x43ff82116a340289,  // base referral 86: consumer-coop-chania-v2 needs finance.bookkeeping
        0xe78d40f3ec94f3c6,  // base referral 87: university-sao-paulo-vf needs management
        0x38713c0ce1283317,  // base referral 88: nonprofit-madrid-vs needs impact.data_collection
        0x9da712b125ec65ce,  // base referral 89: worker-coop-bologna-w5 needs commercial.market_analysis
        0xb51eb9ff6062cc63,  // base referral 90: ta-provider-sao-paulo-wi needs capital.access_to_finance
        0x325d46c2a27101a4,  // base referral 91: business-service-org-bologna-wv needs finance
        0x9b5c3129e9d9aff8,  // base referral 92: coop-developer-valparaiso-x8 needs impact.data_collection
        0x5836a8ee3c83b00c,  // base referral 93: university-barcelona-xl needs finance.financial_management
        0x1530dd784f56da00,  // base referral 94: nonprofit-chicago-xy needs incubation.coop_creation
        0xbcafc961198ad305,  // base referral 95: worker-coop-new-york-yb needs planning
        0x8963dba3e165de28,  // base referral 96: ta-provider-valparaiso-yo needs impact.data_collection
        0x4e4d5738a1e42499,  // base referral 97: coop-developer-sao-paulo-z1 needs finance.financial_management
        0x68078d2f4660580,  // base referral 98: business-service-org-bilbao-ze needs training.popular_education
        0xdf969b4fd7177e74,  // base referral 99: coop-developer-berlin-zr needs management
        0x898719988304ef24,  // base referral 100: worker-coop-madison-104 needs impact.data_collection
        0xaa266c7e4c92611e,  // base referral 101: ta-provider-new-york-10h needs planning.coop_development_roadmap
        0xf320a38145d6854e,  // base referral 102: consumer-coop-sao-paulo-10u needs legal.contracts
        0xf68dec1176ad9dcd,  // base referral 103: business-service-org-oakland-117 needs governance
        0x6821e86c67b63423,  // base referral 104: lender-cdfi-madrid-11k needs impact.data_collection
        0x9f727069f95682c8,  // base referral 105: worker-coop-sao-paulo-11x needs ecosystem.education
        0xb4a3084d20a5c6e1,  // base referral 106: worker-coop-minneapolis-12a needs incubation.consolidation
        0x9b633f0b561f5a1,  // base referral 107: housing-coop-thessaloniki-12n needs training
        0xb89a73b6ba9a6ee1,  // base referral 108: worker-coop-lhospitalet-130 needs impact.data_collection
        0xcdc7bb7cfcfa04ed,  // base referral 109: municipality-madrid-13d needs formalization
        0xb5d06a16e05cb458,  // base referral 110: housing-coop-montreal-13q needs planning.business_model_canvas
        0x5df0509cd4ba27c9,  // base referral 111: lender-cdfi-madrid-143 needs finance
        0xb7bfe40edba1f805,  // base referral 112: worker-coop-coquimbo-14g needs impact.data_collection
        0xaddfb9b7f0da454f,  // base referral 113: business-service-org-new-york-14t needs finance.payroll
        0x2c2916010105976e,  // base referral 114: business-service-org-chicago-156 needs legal.legal_form
        0xe56914b92fca191c,  // base referral 115: worker-coop-mexico-city-15j needs legal
        0x2e09e71b07cca824,  // base referral 116: worker-coop-sao-paulo-15w needs impact.data_collection
        0xe68b49703304dbfc,  // base referral 117: worker-coop-chicago-169 needs finance.bookkeeping
        0x6ab697e76bd19625,  // base referral 118: housing-coop-barcelona-16m needs space.coworking
        0x7e636243eb8c7aa8,  // base referral 119: support-centre-barcelona-16z needs conversion
        0xa6fc861c4854e93b,  // base referral 120: housing-coop-barcelona-17c needs impact.data_collection
        0x2dd68e5fb6758470,  // base referral 121: funder-minneapolis-17p needs capital.loans
        0xa7bed4cfdfeb14e6,  // base referral 122: worker-coop-coquimbo-182 needs legal.incorporation
        0xfa40d355410223b9,  // base referral 123: coop-developer-chicago-18f needs management
        0x77bdeb07010171d,  // base referral 124: support-centre-chicago-18s needs impact.data_collection
        0x6827532b1818d2d4,  // base referral 125: worker-coop-santiago-195 needs legal.bylaws
        0xff32af4cb9f00d95,  // base referral 126: support-centre-madrid-19i needs impact.data_collection
        0x3c038ded69c4e796,  // base referral 127: worker-coop-bologna-19v needs finance
        0x44cefc40cef9a142,  // base referral 128: consumer-coop-thessaloniki-1a8 needs impact.data_collection
        0x71dfb3d6a8ca5059,  // base referral 129: social-coop-sao-paulo-1al needs impact.data_collection
        0xbdf2d8624cfe7c87,  // base referral 130: worker-coop-barcelona-1ay needs commercial.action_plan
        0x2dceeed4ec601329,  // base referral 131: worker-coop-sao-paulo-1bb needs commercial
        0x2a0ee069614c49d0,  // base referral 132: worker-coop-santiago-1bo needs impact.data_collection
        0xa80bcc798281547,  // base referral 133: support-centre-santiago-1c1 needs ecosystem.education
        0x4ee00ee1eefabb76,  // base referral 134: support-centre-bologna-1ce needs nonprofit.volunteer_groups
        0xeaa6140d56467e60,  // base referral 135: worker-coop-bologna-1cr needs capital
        0x43600bae61db96f1,  // base referral 136: coop-developer-barcelona-1d4 needs impact.data_collection
        0x379393d0bf70d315,  // base referral 137: worker-coop-athens-1dh needs capital.loans
        0x443deace468f876a,  // base referral 138: worker-coop-new-york-1du needs ecosystem.convening
        0xc087c66d76fcb077,  // base referral 139: worker-coop-madison-1e7 needs capital
        0xde2619715b8e9e53,  // base referral 140: worker-coop-mexico-city-1ek needs impact.data_collection
        0x32e263ec6af46da9,  // base referral 141: consumer-coop-barcelona-1ex needs legal.contracts
        0x2e2021a6ce9bd0c6,  // base referral 142: worker-coop-new-york-1fa needs incubation.inclusive
        0x382899b7d5be4501,  // base referral 143: worker-coop-sao-paulo-1fn needs capital
        0x33d4ff0180792c3,  // base referral 144: worker-coop-new-york-1g0 needs impact.data_collection
        0x202faf15346765f9,  // base referral 145: consumer-coop-new-york-1gd needs commercial.market_analysis
        0xea3a76638c1880d6,  // base referral 146: worker-coop-barcelona-1gq needs planning.coop_development_roadmap
        0x31a99031bbc38ae2,  // base referral 147: ta-provider-montreal-1h3 needs ecosystem
        0xfca395ac43cc2eeb,  // base referral 148: nonprofit-santiago-1hg needs impact.data_collection
        0x2954d2ffaad9255a,  // base referral 149: university-athens-1ht needs employment.job_placement
        0xec7e073b1f2bcf59,  // base referral 150: social-coop-oakland-1i6 needs management.interim
        0xf4d0aa319b9de580,  // base referral 151: worker-coop-bologna-1ij needs training
        0x60117002295ff419,  // base referral 152: nonprofit-bologna-1iw needs impact.data_collection
        0xea363952fa76e71,  // base referral 153: housing-coop-sao-paulo-1j9 needs impact.data_collection
        0x2b6ac0aa1f3a6c3e,  // base referral 154: lender-cdfi-chicago-1jm needs finance.payroll
        0x35a4373db463eab3,  // base referral 155: ta-provider-barcelona-1jz needs training
        0x1297dbb72fd016dc,  // base referral 156: business-service-org-chicago-1kc needs impact.data_collection
        0xe31b90e4d1922bc6,  // base referral 157: coop-developer-santiago-1kp needs employment.job_placement
        0x80af6bbd7493e45d,  // base referral 158: worker-coop-valparaiso-1l2 needs planning.business_plan
        0x81badcaa461c41c4,  // base referral 159: worker-coop-berlin-1lf needs conversion
        0x12eba0008a5381aa,  // base referral 160: consumer-coop-new-york-1ls needs impact.data_collection
        0xa0e20dbfadf3ee9f,  // base referral 161: business-service-org-athens-1m5 needs nonprofit.volunteer_groups
        0xbcfd00d2f97cde10,  // base referral 162: housing-coop-sao-paulo-1mi needs management.operations
        0xa496ca6637cea8f8,  // base referral 163: worker-coop-mexico-city-1mv needs planning
        0x479b65fe4ceee0b7,  // base referral 164: worker-coop-santiago-1n8 needs impact.data_collection
        0x8492375e9aa4d95,  // base referral 165: worker-coop-new-york-1nl needs legal.bylaws
        0xe57c8dd2513b169,  // base referral 166: social-coop-new-york-1ny needs governance.conflict_resolution
        0x7ecfbbb95180010e,  // base referral 167: worker-coop-sao-paulo-1ob needs incubation
        0x33d1729612d41ee4,  // base referral 168: business-service-org-barcelona-1oo needs impact.data_collection
        0x493278e7db5b6c89,  // base referral 169: worker-coop-new-york-1p1 needs impact.data_collection
        0x7f30824a29754e15,  // base referral 170: consumer-coop-sao-paulo-1pe needs training.soft_skills
        0x5031c6b764d6b6fc,  // base referral 171: ta-provider-sao-paulo-1pr needs capital
        0xb9fe12f94f7693f0,  // base referral 172: worker-coop-new-york-1q4 needs impact.data_collection
        0xeb465b9230aff62d,  // base referral 173: housing-coop-new-york-1qh needs finance.financial_management
        0x717f9da068961b9a,  // base referral 174: worker-coop-valparaiso-1qu needs finance.tax
        0x384d29202c16c000,  // base referral 175: consumer-coop-santiago-1r7 needs finance.financial_management
        0x7bad2c220336db6e,  // base referral 176: municipality-thessaloniki-1rk needs impact.data_collection
        0xb914b96e07642d47,  // base referral 177: consumer-coop-sao-paulo-1rx needs space.coworking
        0x7d4e7a848fe035d3,  // base referral 178: ta-provider-barcelona-1sa needs legal.regularization
        0x3bb7423e63feeb2d,  // base referral 179: worker-coop-montreal-1sn needs conversion
        0xa0428bb72eaa52a0,  // base referral 180: business-service-org-bilbao-1t0 needs impact.data_collection
        0x41dec219a62637a1,  // base referral 181: worker-coop-chicago-1td needs training.train_the_trainers
        0x90bae76f0818112b,  // base referral 182: support-centre-barcelona-1tq needs conversion.business_preservation
        0x43c673f24ce6beb1,  // base referral 183: lender-cdfi-madrid-1u3 needs conversion
        0x6b1979af2162a936,  // base referral 184: worker-coop-chicago-1ug needs impact.data_collection
        0x168fee31eede4d32,  // base referral 185: worker-coop-santiago-1ut needs planning.business_model_canvas
        0x3de92bc662211d48,  // base referral 186: business-service-org-barcelona-1v6 needs management.performance_indicators
        0x5293465c83add919,  // base referral 187: worker-coop-madrid-1vj needs ecosystem
        0x46daa63333fbfc0c,  // base referral 188: worker-coop-barcelona-1vw needs impact.data_collection
        0xa2e6a21a84594f3f,  // base referral 189: worker-coop-new-york-1w9 needs impact.data_collection
        0x6b9876f3aba403eb,  // base referral 190: worker-coop-oakland-1wm needs finance.financial_management
        0x4e5173921d05703e,  // base referral 191: worker-coop-new-york-1wz needs employment
        0xc3be31191739ced0,  // base referral 192: worker-coop-bologna-1xc needs impact.data_collection
        0xe422274fb8e79ef,  // base referral 193: worker-coop-minneapolis-1xp needs impact.data_collection
        0x10b0c0169c31d3f7,  // base referral 194: coop-developer-barcelona-1y2 needs commercial.new_markets
        0xcf7800f17aed77f2,  // base referral 195: ta-provider-sao-paulo-1yf needs management
        0xf0b5f50b35ab0007,  // base referral 196: worker-coop-new-york-1ys needs impact.data_collection
        0xab5ac0e9325232eb,  // base referral 197: ta-provider-mexico-city-1z5 needs nonprofit.volunteer_groups
        0x48221e1ba6e243a2,  // base referral 198: business-service-org-barcelona-1zi needs capital.loans
        0x6d3689eff877b137,  // base referral 199: business-service-org-bilbao-1zv needs finance
        0x1dfdd57988c24667,  // base referral 200: worker-coop-new-york-208 needs impact.data_collection
        0x1b2d6609aa4c1275,  // base referral 201: housing-coop-montreal-20l needs impact.data_collection
        0x94471a366a735b03,  // base referral 202: worker-coop-berlin-20y needs capital.grants
        0xcf23ccbcf1140ba4,  // base referral 203: worker-coop-valparaiso-21b needs impact
        0xf7e26345fb1dc626,  // base referral 204: business-service-org-new-york-21o needs impact.data_collection
        0xc8d939d0ff36c7b3,  // base referral 205: municipality-sao-paulo-221 needs employment.inclusion
        0xac6f1cdcd5a397c9,  // base referral 206: ta-provider-chicago-22e needs capital.community_investment
        0xea33871f90ce8812,  // base referral 207: worker-coop-santiago-22r needs training
        0x2666cded8c91a842,  // base referral 208: housing-coop-chicago-234 needs impact.data_collection
        0xf862c21afd07c946,  // base referral 209: worker-coop-valparaiso-23h needs management.business_administration
        0x357b6d53431f513b,  // base referral 210: ta-provider-chicago-23u needs ecosystem.mapping
        0x9e207a3519da90b8,  // base referral 211: worker-coop-montreal-247 needs employment
        0x1b08e6e2fd73b430,  // base referral 212: worker-coop-bologna-24k needs impact.data_collection
        0x176f41abda7321a,  // base referral 213: lender-cdfi-barcelona-24x needs ecosystem.education
        0xb1436ca15d0765f8,  // base referral 214: worker-coop-valparaiso-25a needs training.coop_education
        0x936e4d1bd0603db7,  // base referral 215: coop-developer-madrid-25n needs ecosystem
        0x673f3c4535ec6c8c,  // base referral 216: worker-coop-new-york-260 needs impact.data_collection
        0x650f9fef04741d91,  // base referral 217: business-service-org-new-york-26d needs employment.inclusion
        0xca2707b047579495,  // base referral 218: ta-provider-chicago-26q needs training.associativity
        0xeb1a8169c4fc14e4,  // base referral 219: network-federation-berlin-273 needs training
        0x7dc76abd747711,  // base referral 220: municipality-lhospitalet-27g needs impact.data_collection
        0x6ccf4684de73903f,  // base referral 221: coop-developer-new-york-27t needs employment.job_placement
        0x72334d27e2b92bc5,  // base referral 222: consumer-coop-chicago-286 needs conversion.legal_form_change
        0x124f1ce77fbd76b,  // base referral 223: coop-developer-mexico-city-28j needs commercial
        0x8f44be911a643e41,  // base referral 224: worker-coop-lhospitalet-28w needs impact.data_collection
        0x71e2b51e3dd6414a,  // base referral 225: worker-coop-mexico-city-299 needs finance.financial_management
        0xd1d10db6b374320a,  // base referral 226: consumer-coop-chicago-29m needs planning.feasibility
        0x79bd417d2e18d92c,  // base referral 227: business-service-org-santiago-29z needs commercial
        0x2340408512a7d16a,  // base referral 228: social-coop-madrid-2ac needs impact.data_collection
        0xa02b159572ce5a22,  // base referral 229: consumer-coop-sao-paulo-2ap needs impact.evaluation
        0x94b9a2e3745025f3,  // base referral 230: coop-developer-berlin-2b2 needs incubation.pre_associative_groups
        0xccc326c3ee7c78ec,  // base partners 0: worker-coop-barcelona-0
        0x5a0b3034c79e5afa,  // base partners 2: worker-coop-new-york-q
        0x5f1616d6f5fe92d1,  // base partners 4: lender-cdfi-bologna-1g
        0x62af0474702ecb54,  // base partners 6: worker-coop-madrid-26
        0x3fe7b3fe60d7879f,  // base partners 8: worker-coop-lhospitalet-2w
        0x7255036c41dbb180,  // base partners 10: university-sao-paulo-3m
        0x21a4b58e0a6b542b,  // base partners 12: worker-coop-mexico-city-4c
        0x586b2b1c3cbb0128,  // base partners 14: worker-coop-minneapolis-52
        0x94f0ba208041b205,  // base partners 16: housing-coop-oakland-5s
        0xbecd6068926bb038,  // base partners 18: worker-coop-bologna-6i
        0xaba98ea67b74bb50,  // base partners 20: worker-coop-bilbao-78
        0x814b5c53bd48f97e,  // base partners 22: ta-provider-sao-paulo-7y
        0x49911146300b4aa9,  // base partners 24: worker-coop-new-york-8o
        0x141376179b76d7ee,  // base partners 26: worker-coop-thessaloniki-9e
        0x5c91e3924e7654b8,  // base partners 28: business-service-org-new-york-a4
        0x9241205222e6d7ca,  // base partners 30: worker-coop-montreal-au
        0x51b7a408324ab4c,  // base partners 32: consumer-coop-barcelona-bk
        0x1998d7528f5c1e6c,  // base partners 34: university-madrid-ca
        0xd81bc351f52a4f35,  // base partners 36: business-service-org-oakland-d0
        0xeb50048342b12027,  // base partners 38: worker-coop-berlin-dq
        0x4f290007da9f05a1,  // base partners 40: worker-coop-new-york-eg
        0xd9c6f120f6d447ab,  // base partners 42: worker-coop-new-york-f6
        0xd24a4e2a4319a148,  // base partners 44: worker-coop-new-york-fw
        0xc518cb0727c9bc5a,  // base partners 46: coop-developer-new-york-gm
        0x1cddfca31dc41a8d,  // base partners 48: social-coop-montreal-hc
        0x932f9fca24313f9b,  // base partners 50: worker-coop-coquimbo-i2
        0x11a30b07bd97063a,  // base partners 52: worker-coop-minneapolis-is
        0xa1e36e554be2379a,  // base partners 54: worker-coop-thessaloniki-ji
        0xcddfc59598b7606f,  // base partners 56: support-centre-chicago-k8
        0xbfe0650c1143882a,  // base partners 58: worker-coop-minneapolis-ky
        0xbace2fa18858bab7,  // base partners 60: worker-coop-lhospitalet-lo
        0x8279ebab4a437b1d,  // base partners 62: worker-coop-mexico-city-me
        0xd979c89baff8d78b,  // base partners 64: coop-developer-chicago-n4
        0x119d5bfe0a906e2b,  // base partners 66: ta-provider-athens-nu
        0xb482aa3dabff7b8f,  // base partners 68: consumer-coop-mexico-city-ok
        0xd344be22d44927a7,  // base partners 70: business-service-org-mexico-city-pa
        0x851c419e3f16fb72,  // base partners 72: worker-coop-oakland-q0
        0xf07d97149527eb8d,  // base partners 74: business-service-org-new-york-qq
        0x103a9dc7b63db649,  // base partners 76: municipality-minneapolis-rg
        0x8d1ca171c244cd88,  // base partners 78: housing-coop-chicago-s6
        0xa264faf654ad0ed7,  // base partners 80: worker-coop-new-york-sw
        0x4bae4c4b0481c17e,  // base partners 82: worker-coop-madrid-tm
        0x419bfb0ded69ae2d,  // base partners 84: consumer-coop-coquimbo-uc
        0xa54429f0f11332af,  // base partners 86: consumer-coop-chania-v2
        0x7c3abf0af36e897,  // base partners 88: nonprofit-madrid-vs
        0xd6c976177433d5a8,  // base partners 90: ta-provider-sao-paulo-wi
        0x59e3a5ea5387827c,  // base partners 92: coop-developer-valparaiso-x8
        0x4d744a8b15a80584,  // base partners 94: nonprofit-chicago-xy
        0xb4749e14abfe7629,  // base partners 96: ta-provider-valparaiso-yo
        0xefc06f8cb5b9d3bc,  // base partners 98: business-service-org-bilbao-ze
        0x19d1659efdbc3284,  // base partners 100: worker-coop-madison-104
        0x631cb121afc934d2,  // base partners 102: consumer-coop-sao-paulo-10u
        0x6231f38c115963eb,  // base partners 104: lender-cdfi-madrid-11k
        0x68d05d6d1f4c5b08,  // base partners 106: worker-coop-minneapolis-12a
        0xd81d3b97c952c4b8,  // base partners 108: worker-coop-lhospitalet-130
        0x71b51a0451c6faf4,  // base partners 110: housing-coop-montreal-13q
        0xe566e9e908b5e500,  // base partners 112: worker-coop-coquimbo-14g
        0xb2f39c482b80bf07,  // base partners 114: business-service-org-chicago-156
        0xf74639e9379358dc,  // base partners 116: worker-coop-sao-paulo-15w
        0x3cf6d85705143023,  // base partners 118: housing-coop-barcelona-16m
        0x73c05766c26c461c,  // base partners 120: housing-coop-barcelona-17c
        0xbf1429c09d1232a1,  // base partners 122: worker-coop-coquimbo-182
        0x7ffe03d435ffa490,  // base partners 124: support-centre-chicago-18s
        0x4f80f3a07f730426,  // base partners 126: support-centre-madrid-19i
        0x7ddbd81d55847df5,  // base partners 128: consumer-coop-thessaloniki-1a8
        0xdc469ddab47ef7a5,  // base partners 130: worker-coop-barcelona-1ay
        0x39191dd5f5895ceb,  // base partners 132: worker-coop-santiago-1bo
        0x93b3e1362f55a3d6,  // base partners 134: support-centre-bologna-1ce
        0xc81d9a88326e54bf,  // base partners 136: coop-developer-barcelona-1d4
        0x940d115cb81d63af,  // base partners 138: worker-coop-new-york-1du
        0xe78deeca1c222d93,  // base partners 140: worker-coop-mexico-city-1ek
        0x7acdf14d92f4c871,  // base partners 142: worker-coop-new-york-1fa
        0x4dfccd9ec6cbf657,  // base partners 144: worker-coop-new-york-1g0
        0xe94ddee2adba246b,  // base partners 146: worker-coop-barcelona-1gq
        0xed50b1ab4d256b6c,  // base partners 148: nonprofit-santiago-1hg
        0xd3177070eafcbe58,  // base partners 150: social-coop-oakland-1i6
        0x5e5714671fc4168a,  // base partners 152: nonprofit-bologna-1iw
        0xd9a3642eb3d03dd9,  // base partners 154: lender-cdfi-chicago-1jm
        0x4d0dc738adf759bf,  // base partners 156: business-service-org-chicago-1kc
        0x3a5205b63ae6eebe,  // base partners 158: worker-coop-valparaiso-1l2
        0x4aa69dd403c57353,  // base partners 160: consumer-coop-new-york-1ls
        0xc0e78c642d2b0af0,  // base partners 162: housing-coop-sao-paulo-1mi
        0xa09229968899eb05,  // base partners 164: worker-coop-santiago-1n8
        0x5447035619e03f63,  // base partners 166: social-coop-new-york-1ny
        0xe33576b9f5a2181a,  // base partners 168: business-service-org-barcelona-1oo
        0x1f6434c01a9c9de0,  // base partners 170: consumer-coop-sao-paulo-1pe
        0xd29b370892d22528,  // base partners 172: worker-coop-new-york-1q4
        0x179a6be89648f536,  // base partners 174: worker-coop-valparaiso-1qu
        0x932e5c66a1824459,  // base partners 176: municipality-thessaloniki-1rk
        0x715d133209a7efae,  // base partners 178: ta-provider-barcelona-1sa
        0xcd63794a6aeb7611,  // base partners 180: business-service-org-bilbao-1t0
        0xa656ea4621c70979,  // base partners 182: support-centre-barcelona-1tq
        0x43eecb356302427,  // base partners 184: worker-coop-chicago-1ug
        0x19da5025bfe2004c,  // base partners 186: business-service-org-barcelona-1v6
        0x896040a264468505,  // base partners 188: worker-coop-barcelona-1vw
        0xf4e11440981808df,  // base partners 190: worker-coop-oakland-1wm
        0x5649aa2aa7b72a32,  // base partners 192: worker-coop-bologna-1xc
        0xbdbbf522aa2f0e3,  // base partners 194: coop-developer-barcelona-1y2
        0x3bd9b285aa3f08e1,  // base partners 196: worker-coop-new-york-1ys
        0x24b82bdc141f612b,  // base partners 198: business-service-org-barcelona-1zi
        0xaee39b24af42c10d,  // base partners 200: worker-coop-new-york-208
        0x56b0981b0bd63b1e,  // base partners 202: worker-coop-berlin-20y
        0x31ee6f2bc0ed141c,  // base partners 204: business-service-org-new-york-21o
        0x69707cd4c951693,  // base partners 206: ta-provider-chicago-22e
        0xbe4a03faede21cdf,  // base partners 208: housing-coop-chicago-234
        0x932ebf356ea80e4d,  // base partners 210: ta-provider-chicago-23u
        0x9f76f079222a0d06,  // base partners 212: worker-coop-bologna-24k
        0x7655df121cff4494,  // base partners 214: worker-coop-valparaiso-25a
        0x40c6f855cdd46816,  // base partners 216: worker-coop-new-york-260
        0x31efaf64cd6732ee,  // base partners 218: ta-provider-chicago-26q
        0x59c1a09d4050a861,  // base partners 220: municipality-lhospitalet-27g
        0x4558f7fa946eba06,  // base partners 222: consumer-coop-chicago-286
        0xcee69a3815c21a44,  // base partners 224: worker-coop-lhospitalet-28w
        0xca8891d7ff4bfd17,  // base partners 226: consumer-coop-chicago-29m
        0x8457b9f54e280b1c,  // base partners 228: social-coop-madrid-2ac
        0x4a7d7e694ec513b6,  // base partners 230: coop-developer-berlin-2b2
        0xf52666718b3c3335,  // overlay referral 0: worker-coop-barcelona-0 needs impact.data_collection
        0xbfbbce7e63bb4f29,  // overlay referral 1: worker-coop-chicago-d needs impact.data_collection
        0x9dbb17ce2855f102,  // overlay referral 2: worker-coop-new-york-q needs employment.job_placement
        0x99fd62d7554cbf79,  // overlay referral 3: worker-coop-santiago-13 needs ecosystem
        0x82ad04b437975c59,  // overlay referral 4: lender-cdfi-bologna-1g needs impact.data_collection
        0x1aa456c7b6faea0a,  // overlay referral 5: coop-developer-new-york-1t needs impact.data_collection
        0x7702e510fdcfeab9,  // overlay referral 6: worker-coop-madrid-26 needs management.business_administration
        0x245cdc2316e7db8d,  // overlay referral 7: worker-coop-berlin-2j needs commercial
        0x51c4e0298977a342,  // overlay referral 8: worker-coop-lhospitalet-2w needs impact.data_collection
        0x93b8372566dc80d6,  // overlay referral 9: ta-provider-athens-39 needs employment.job_placement
        0xc50fba21778cad9d,  // overlay referral 10: university-sao-paulo-3m needs finance.accounting
        0xcbeaca9d0b326b3b,  // overlay referral 11: business-service-org-chania-3z needs legal
        0x3f7bbd916a063bee,  // overlay referral 12: worker-coop-mexico-city-4c needs impact.data_collection
        0x33466c711c81836a,  // overlay referral 13: business-service-org-new-york-4p needs impact.data_collection
        0x2aed29a56438e0ef,  // overlay referral 14: worker-coop-minneapolis-52 needs impact.evaluation
        0x7b44075e8edbfd0d,  // overlay referral 15: funder-mexico-city-5f needs planning
        0x9c478cf6c14552c2,  // overlay referral 16: housing-coop-oakland-5s needs impact.data_collection
        0x5cbed790e77daadf,  // overlay referral 17: business-service-org-valparaiso-65 needs incubation.coop_creation
        0x3f9d549dba6ccd85,  // overlay referral 18: worker-coop-bologna-6i needs training.train_the_trainers
        0xe133ea92e0b5bc35,  // overlay referral 19: consumer-coop-athens-6v needs commercial
        0xa24a8978940f0b23,  // overlay referral 20: worker-coop-bilbao-78 needs impact.data_collection
        0xb197f86d0693bf55,  // overlay referral 21: consumer-coop-minneapolis-7l needs finance.financial_management
        0xfb7066fc5832ab9e,  // overlay referral 22: ta-provider-sao-paulo-7y needs employment.inclusion
        0xa02f719195af9fe,  // overlay referral 23: worker-coop-sao-paulo-8b needs finance
        0x79b24fcd926364ac,  // overlay referral 24: worker-coop-new-york-8o needs impact.data_collection
        0xb886bdc1c5e36d30,  // overlay referral 25: worker-coop-sao-paulo-91 needs ecosystem.education
        0xb64854f2f2939de3,  // overlay referral 26: worker-coop-thessaloniki-9e needs ecosystem.networking
        0x708848cd4ca441c7,  // overlay referral 27: worker-coop-bologna-9r needs capital
        0x2b688d1525697374,  // overlay referral 28: business-service-org-new-york-a4 needs impact.data_collection
        0x880238c93f7fde93,  // overlay referral 29: consumer-coop-chicago-ah needs ecosystem.education
        0x73df8123b13af0aa,  // overlay referral 30: worker-coop-montreal-au needs training.technical_management
        0x8517acbd502e15a9,  // overlay referral 31: support-centre-mexico-city-b7 needs incubation
        0xfa6db14bd6bc5f0c,  // overlay referral 32: consumer-coop-barcelona-bk needs impact.data_collection
        0xbbba77ca8ed9407f,  // overlay referral 33: nonprofit-valparaiso-bx needs ecosystem.mapping
        0x826b5fddcbfb8796,  // overlay referral 34: university-madrid-ca needs commercial.sales_funnel
        0x2e74cb9c2b74d692,  // overlay referral 35: worker-coop-santiago-cn needs training
        0x10187aeeaa9fb30d,  // overlay referral 36: business-service-org-oakland-d0 needs impact.data_collection
        0xbb4cbc9c446ac5ca,  // overlay referral 37: worker-coop-new-york-dd needs finance.bookkeeping
        0xaf3f3271890180cf,  // overlay referral 38: worker-coop-berlin-dq needs commercial.marketing
        0x101b85b77454837,  // overlay referral 39: consumer-coop-thessaloniki-e3 needs legal
        0x2464709832d6ec81,  // overlay referral 40: worker-coop-new-york-eg needs impact.data_collection
        0x1c61aaf49371df55,  // overlay referral 41: worker-coop-chicago-et needs legal.bylaws
        0x5572d208416fc1c4,  // overlay referral 42: worker-coop-new-york-f6 needs space.events
        0xbc201fce4f1492b2,  // overlay referral 43: worker-coop-santiago-fj needs incubation
        0x9bc590b7845a49d6,  // overlay referral 44: worker-coop-new-york-fw needs impact.data_collection
        0xee5847b759562807,  // overlay referral 45: coop-developer-oakland-g9 needs impact.data_collection
        0x83f55ddc37e69eb7,  // overlay referral 46: coop-developer-new-york-gm needs ecosystem.policy
        0x22d1889e08883ce6,  // overlay referral 47: worker-coop-athens-gz needs planning
        0x672d7b4f155fa709,  // overlay referral 48: social-coop-montreal-hc needs impact.data_collection
        0x2957b1185b0b6072,  // overlay referral 49: ta-provider-new-york-hp needs conversion.business_preservation
        0x366b31f8aaf97876,  // overlay referral 50: worker-coop-coquimbo-i2 needs impact.metrics
        0xf65acda46b6f161,  // overlay referral 51: coop-developer-new-york-if needs legal
        0xb684363634bbd22c,  // overlay referral 52: worker-coop-minneapolis-is needs impact.data_collection
        0xd621312390b633dd,  // overlay referral 53: social-coop-minneapolis-j5 needs planning.business_plan
        0x334de825b7562087,  // overlay referral 54: worker-coop-thessaloniki-ji needs planning.mission_statement
        0x5e1ed385ab6ecf8b,  // overlay referral 55: worker-coop-athens-jv needs space
        0xa23e2b898da81050,  // overlay referral 56: support-centre-chicago-k8 needs impact.data_collection
        0x5e41af0b4748493a,  // overlay referral 57: worker-coop-athens-kl needs formalization
        0xd3ba50b464f1f5fa,  // overlay referral 58: worker-coop-minneapolis-ky needs governance.democratic_management
        0x1a5512c592e46343,  // overlay referral 59: worker-coop-new-york-lb needs legal
        0xddc87e5776f3a17f,  // overlay referral 60: worker-coop-lhospitalet-lo needs impact.data_collection
        0xe6e54e00f4b21d26,  // overlay referral 61: coop-developer-minneapolis-m1 needs commercial.new_markets
        0x662fd085d14a6423,  // overlay referral 62: worker-coop-mexico-city-me needs training.coop_development_skills
        0x2102573df6449805,  // overlay referral 63: housing-coop-athens-mr needs impact
        0xb67933c10d60d796,  // overlay referral 64: coop-developer-chicago-n4 needs impact.data_collection
        0x8d861cd97c4a88c0,  // overlay referral 65: worker-coop-chicago-nh needs impact.data_collection
        0x460353f59038f3f2,  // overlay referral 66: ta-provider-athens-nu needs ecosystem.education
        0x33f4bcc594aed02e,  // overlay referral 67: support-centre-new-york-o7 needs commercial
        0x9d45f08e94cb8a16,  // overlay referral 68: consumer-coop-mexico-city-ok needs impact.data_collection
        0x385aa60bb72aeb1c,  // overlay referral 69: coop-developer-valparaiso-ox needs impact.data_collection
        0xfe8d3ed2c5d8ff67,  // overlay referral 70: business-service-org-mexico-city-pa needs commercial.market_analysis
        0x453c1c5a6b63ba9a,  // overlay referral 71: worker-coop-athens-pn needs nonprofit
        0xe1d1c9568b747573,  // overlay referral 72: worker-coop-oakland-q0 needs impact.data_collection
        0x76a1e6f60c7ff7a6,  // overlay referral 73: social-coop-barcelona-qd needs finance.financial_management
        0x25dd75abc18e6e5b,  // overlay referral 74: business-service-org-new-york-qq needs legal.bylaws
        0xe55d172019a510ce,  // overlay referral 75: lender-cdfi-santiago-r3 needs ecosystem
        0x7db3cda56a5cd90c,  // overlay referral 76: municipality-minneapolis-rg needs impact.data_collection
        0xff0ffc66cb71c197,  // overlay referral 77: business-service-org-thessaloniki-rt needs finance.financial_management
        0x1058b426a877305a,  // overlay referral 78: housing-coop-chicago-s6 needs planning.strategic_plan
        0x6cfb360dec05e483,  // overlay referral 79: ta-provider-mexico-city-sj needs incubation
        0xb86149e4f5363973,  // overlay referral 80: worker-coop-new-york-sw needs impact.data_collection
        0x583e5bd4f827fb16,  // overlay referral 81: worker-coop-bologna-t9 needs management.business_administration
        0x5d5fe9bb4a90936e,  // overlay referral 82: worker-coop-madrid-tm needs commercial.commercialization
        0xd15e05818d77ac96,  // overlay referral 83: worker-coop-chicago-tz needs planning
        0x8109644c0c915629,  // overlay referral 84: consumer-coop-coquimbo-uc needs impact.data_collection
        0xab53d3fbdd73056c,  // overlay referral 85: ta-provider-new-york-up needs incubation.inclusive
        0x43ff82116a340289,  // overlay referral 86: consumer-coop-chania-v2 needs finance.bookkeeping
        0xd80c37d822d07849,  // overlay referral 87: university-sao-paulo-vf needs management
        0x1b27acce750a8b8,  // overlay referral 88: nonprofit-madrid-vs needs impact.data_collection
        0x74623b378f1d970f,  // overlay referral 89: worker-coop-bologna-w5 needs commercial.market_analysis
        0x26f14ba5c6aae95f,  // overlay referral 90: ta-provider-sao-paulo-wi needs capital.access_to_finance
        0x66e05c51dfba0f72,  // overlay referral 91: business-service-org-bologna-wv needs finance
        0x896ac695b8437f72,  // overlay referral 92: coop-developer-valparaiso-x8 needs impact.data_collection
        0x69ebb347791a7d34,  // overlay referral 93: university-barcelona-xl needs finance.financial_management
        0x78c1b5e063121513,  // overlay referral 94: nonprofit-chicago-xy needs incubation.coop_creation
        0xdaa719107dc9e0b3,  // overlay referral 95: worker-coop-new-york-yb needs planning
        0xe6ecdf78af9c8fd0,  // overlay referral 96: ta-provider-valparaiso-yo needs impact.data_collection
        0x830c726c894b07cc,  // overlay referral 97: coop-developer-sao-paulo-z1 needs finance.financial_management
        0x7ad4e0370f7edf24,  // overlay referral 98: business-service-org-bilbao-ze needs training.popular_education
        0xde825223ac356233,  // overlay referral 99: coop-developer-berlin-zr needs management
        0xe86fdede757de24,  // overlay referral 100: worker-coop-madison-104 needs impact.data_collection
        0x67558fe2937fe4b2,  // overlay referral 101: ta-provider-new-york-10h needs planning.coop_development_roadmap
        0xf320a38145d6854e,  // overlay referral 102: consumer-coop-sao-paulo-10u needs legal.contracts
        0xf68dec1176ad9dcd,  // overlay referral 103: business-service-org-oakland-117 needs governance
        0xdf0023625ba3109c,  // overlay referral 104: lender-cdfi-madrid-11k needs impact.data_collection
        0x905a166729d3f32a,  // overlay referral 105: worker-coop-sao-paulo-11x needs ecosystem.education
        0xe87242b6405426d3,  // overlay referral 106: worker-coop-minneapolis-12a needs incubation.consolidation
        0x9a24cf0de85a6953,  // overlay referral 107: housing-coop-thessaloniki-12n needs training
        0x5bdf4fde2b98c8be,  // overlay referral 108: worker-coop-lhospitalet-130 needs impact.data_collection
        0xcdc7bb7cfcfa04ed,  // overlay referral 109: municipality-madrid-13d needs formalization
        0xf617dba5be49cf59,  // overlay referral 110: housing-coop-montreal-13q needs planning.business_model_canvas
        0xcc06b34b0065e72f,  // overlay referral 111: lender-cdfi-madrid-143 needs finance
        0xfc81d8c2ae29c4d5,  // overlay referral 112: worker-coop-coquimbo-14g needs impact.data_collection
        0x1cf2c00e8ba85cce,  // overlay referral 113: business-service-org-new-york-14t needs finance.payroll
        0xff28917e3fdbd026,  // overlay referral 114: business-service-org-chicago-156 needs legal.legal_form
        0xb6634a21408865e4,  // overlay referral 115: worker-coop-mexico-city-15j needs legal
        0x3935cd66a2444339,  // overlay referral 116: worker-coop-sao-paulo-15w needs impact.data_collection
        0x26cda2df6afd1e9a,  // overlay referral 117: worker-coop-chicago-169 needs finance.bookkeeping
        0xf38cc0a0d2b1614c,  // overlay referral 118: housing-coop-barcelona-16m needs space.coworking
        0x96bb6fea067c5a69,  // overlay referral 119: support-centre-barcelona-16z needs conversion
        0x34c396eb333e345e,  // overlay referral 120: housing-coop-barcelona-17c needs impact.data_collection
        0x8a91f231aabaf475,  // overlay referral 121: funder-minneapolis-17p needs capital.loans
        0x9f11f3e30cb9333b,  // overlay referral 122: worker-coop-coquimbo-182 needs legal.incorporation
        0x297c191d7560301b,  // overlay referral 123: coop-developer-chicago-18f needs management
        0x6bfae74b846c0247,  // overlay referral 124: support-centre-chicago-18s needs impact.data_collection
        0xdade5a86fddcfa6f,  // overlay referral 125: worker-coop-santiago-195 needs legal.bylaws
        0xc79b8eecf4f7511d,  // overlay referral 126: support-centre-madrid-19i needs impact.data_collection
        0x32d35d5eabd64f7a,  // overlay referral 127: worker-coop-bologna-19v needs finance
        0x44cefc40cef9a142,  // overlay referral 128: consumer-coop-thessaloniki-1a8 needs impact.data_collection
        0x2b883a8d78ca3fd,  // overlay referral 129: social-coop-sao-paulo-1al needs impact.data_collection
        0xbdf2d8624cfe7c87,  // overlay referral 130: worker-coop-barcelona-1ay needs commercial.action_plan
        0xf88aba3c8e76b7df,  // overlay referral 131: worker-coop-sao-paulo-1bb needs commercial
        0xaeb766481f24226d,  // overlay referral 132: worker-coop-santiago-1bo needs impact.data_collection
        0xa8cb3ef5463fddf7,  // overlay referral 133: support-centre-santiago-1c1 needs ecosystem.education
        0x879c816cf3a399b5,  // overlay referral 134: support-centre-bologna-1ce needs nonprofit.volunteer_groups
        0x55cdf5de7c7e174f,  // overlay referral 135: worker-coop-bologna-1cr needs capital
        0x815586b45f00deb1,  // overlay referral 136: coop-developer-barcelona-1d4 needs impact.data_collection
        0xbdf92b695251e0b5,  // overlay referral 137: worker-coop-athens-1dh needs capital.loans
        0x1c5d2ba6273d57be,  // overlay referral 138: worker-coop-new-york-1du needs ecosystem.convening
        0x48ae3821ed56cd0d,  // overlay referral 139: worker-coop-madison-1e7 needs capital
        0xc8b50216a256231a,  // overlay referral 140: worker-coop-mexico-city-1ek needs impact.data_collection
        0x32e263ec6af46da9,  // overlay referral 141: consumer-coop-barcelona-1ex needs legal.contracts
        0x509a66247e95a0d6,  // overlay referral 142: worker-coop-new-york-1fa needs incubation.inclusive
        0x44458aac6518f758,  // overlay referral 143: worker-coop-sao-paulo-1fn needs capital
        0x5db22d6dc251b56a,  // overlay referral 144: worker-coop-new-york-1g0 needs impact.data_collection
        0xb75f1bfc7abcf6a6,  // overlay referral 145: consumer-coop-new-york-1gd needs commercial.market_analysis
        0x98679a53a57b0de4,  // overlay referral 146: worker-coop-barcelona-1gq needs planning.coop_development_roadmap
        0x45be9ffdc77d508f,  // overlay referral 147: ta-provider-montreal-1h3 needs ecosystem
        0x6b156a9b24a1b277,  // overlay referral 148: nonprofit-santiago-1hg needs impact.data_collection
        0x400691449a459481,  // overlay referral 149: university-athens-1ht needs employment.job_placement
        0xf08557e482c9394a,  // overlay referral 150: social-coop-oakland-1i6 needs management.interim
        0xdc4a6ed3a00d8483,  // overlay referral 151: worker-coop-bologna-1ij needs training
        0x68da003591caa521,  // overlay referral 152: nonprofit-bologna-1iw needs impact.data_collection
        0x54be0308988a879b,  // overlay referral 153: housing-coop-sao-paulo-1j9 needs impact.data_collection
        0x8d34d94cef2aad71,  // overlay referral 154: lender-cdfi-chicago-1jm needs finance.payroll
        0x3b9d60abd9365f8e,  // overlay referral 155: ta-provider-barcelona-1jz needs training
        0xb3d2f5fd1c476dd6,  // overlay referral 156: business-service-org-chicago-1kc needs impact.data_collection
        0x6860837246d8b61e,  // overlay referral 157: coop-developer-santiago-1kp needs employment.job_placement
        0x2f06aa9c7780376a,  // overlay referral 158: worker-coop-valparaiso-1l2 needs planning.business_plan
        0x37e03823cb46ea0,  // overlay referral 159: worker-coop-berlin-1lf needs conversion
        0x4733a69285082e0,  // overlay referral 160: consumer-coop-new-york-1ls needs impact.data_collection
        0xae260a67f4a8294f,  // overlay referral 161: business-service-org-athens-1m5 needs nonprofit.volunteer_groups
        0xa49e5c1462c51fbf,  // overlay referral 162: housing-coop-sao-paulo-1mi needs management.operations
        0xce3d70df3f5a8e53,  // overlay referral 163: worker-coop-mexico-city-1mv needs planning
        0x479b65fe4ceee0b7,  // overlay referral 164: worker-coop-santiago-1n8 needs impact.data_collection
        0xd30869573037b775,  // overlay referral 165: worker-coop-new-york-1nl needs legal.bylaws
        0xe57c8dd2513b169,  // overlay referral 166: social-coop-new-york-1ny needs governance.conflict_resolution
        0x9ab7fb9da59df6a4,  // overlay referral 167: worker-coop-sao-paulo-1ob needs incubation
        0x9224b4a9708730b9,  // overlay referral 168: business-service-org-barcelona-1oo needs impact.data_collection
        0xd181fdb61ba9a400,  // overlay referral 169: worker-coop-new-york-1p1 needs impact.data_collection
        0x7f30824a29754e15,  // overlay referral 170: consumer-coop-sao-paulo-1pe needs training.soft_skills
        0xdf276ef8a2a94670,  // overlay referral 171: ta-provider-sao-paulo-1pr needs capital
        0xda0db0fe9ab6dd8c,  // overlay referral 172: worker-coop-new-york-1q4 needs impact.data_collection
        0xbea95931abe9e951,  // overlay referral 173: housing-coop-new-york-1qh needs finance.financial_management
        0x911b147cecb70c78,  // overlay referral 174: worker-coop-valparaiso-1qu needs finance.tax
        0x75352063edb1efd1,  // overlay referral 175: consumer-coop-santiago-1r7 needs finance.financial_management
        0x7bad2c220336db6e,  // overlay referral 176: municipality-thessaloniki-1rk needs impact.data_collection
        0xb914b96e07642d47,  // overlay referral 177: consumer-coop-sao-paulo-1rx needs space.coworking
        0xac20bead792ead49,  // overlay referral 178: ta-provider-barcelona-1sa needs legal.regularization
        0xea3895bdd36da537,  // overlay referral 179: worker-coop-montreal-1sn needs conversion
        0xff067cd9f96fb524,  // overlay referral 180: business-service-org-bilbao-1t0 needs impact.data_collection
        0xcea8648b17666cf8,  // overlay referral 181: worker-coop-chicago-1td needs training.train_the_trainers
        0x90bae76f0818112b,  // overlay referral 182: support-centre-barcelona-1tq needs conversion.business_preservation
        0x327295584e34f307,  // overlay referral 183: lender-cdfi-madrid-1u3 needs conversion
        0x6b1979af2162a936,  // overlay referral 184: worker-coop-chicago-1ug needs impact.data_collection
        0x168fee31eede4d32,  // overlay referral 185: worker-coop-santiago-1ut needs planning.business_model_canvas
        0x3de92bc662211d48,  // overlay referral 186: business-service-org-barcelona-1v6 needs management.performance_indicators
        0xd53bb208c974eb71,  // overlay referral 187: worker-coop-madrid-1vj needs ecosystem
        0x46daa63333fbfc0c,  // overlay referral 188: worker-coop-barcelona-1vw needs impact.data_collection
        0xc40ba79aec4b8252,  // overlay referral 189: worker-coop-new-york-1w9 needs impact.data_collection
        0x182f6d406b901810,  // overlay referral 190: worker-coop-oakland-1wm needs finance.financial_management
        0x6ca2f400d65c8560,  // overlay referral 191: worker-coop-new-york-1wz needs employment
        0x1b6f94e76c0a3b79,  // overlay referral 192: worker-coop-bologna-1xc needs impact.data_collection
        0xf4cb53da0a1ed489,  // overlay referral 193: worker-coop-minneapolis-1xp needs impact.data_collection
        0x31432404f828f3ca,  // overlay referral 194: coop-developer-barcelona-1y2 needs commercial.new_markets
        0x88fd188309d92170,  // overlay referral 195: ta-provider-sao-paulo-1yf needs management
        0x644543fa95354ea7,  // overlay referral 196: worker-coop-new-york-1ys needs impact.data_collection
        0xcb07a0c9cea89782,  // overlay referral 197: ta-provider-mexico-city-1z5 needs nonprofit.volunteer_groups
        0xaf60c92fd954d73f,  // overlay referral 198: business-service-org-barcelona-1zi needs capital.loans
        0x7e704702db931632,  // overlay referral 199: business-service-org-bilbao-1zv needs finance
        0x1dfdd57988c24667,  // overlay referral 200: worker-coop-new-york-208 needs impact.data_collection
        0xc792e4ac83c066c0,  // overlay referral 201: housing-coop-montreal-20l needs impact.data_collection
        0x1005138c85fcbe2,  // overlay referral 202: worker-coop-berlin-20y needs capital.grants
        0x81ce4a7e57f927af,  // overlay referral 203: worker-coop-valparaiso-21b needs impact
        0x6aebeaeef5f013d2,  // overlay referral 204: business-service-org-new-york-21o needs impact.data_collection
        0xc8d939d0ff36c7b3,  // overlay referral 205: municipality-sao-paulo-221 needs employment.inclusion
        0xac6f1cdcd5a397c9,  // overlay referral 206: ta-provider-chicago-22e needs capital.community_investment
        0xf30b904dd6ee4ff3,  // overlay referral 207: worker-coop-santiago-22r needs training
        0xfc19c089d22f17fd,  // overlay referral 208: housing-coop-chicago-234 needs impact.data_collection
        0xe1bb8caee6a01bf8,  // overlay referral 209: worker-coop-valparaiso-23h needs management.business_administration
        0xf1677c3729cbb52f,  // overlay referral 210: ta-provider-chicago-23u needs ecosystem.mapping
        0xb705d3222c5b9c8,  // overlay referral 211: worker-coop-montreal-247 needs employment
        0x1b08e6e2fd73b430,  // overlay referral 212: worker-coop-bologna-24k needs impact.data_collection
        0x276775e9883b79c9,  // overlay referral 213: lender-cdfi-barcelona-24x needs ecosystem.education
        0xb1436ca15d0765f8,  // overlay referral 214: worker-coop-valparaiso-25a needs training.coop_education
        0xe9eed71f19eb1f5d,  // overlay referral 215: coop-developer-madrid-25n needs ecosystem
        0x2cf8a05e82ea19a7,  // overlay referral 216: worker-coop-new-york-260 needs impact.data_collection
        0x650f9fef04741d91,  // overlay referral 217: business-service-org-new-york-26d needs employment.inclusion
        0x1aec28fd0639b91c,  // overlay referral 218: ta-provider-chicago-26q needs training.associativity
        0x8d90c2a343cb4930,  // overlay referral 219: network-federation-berlin-273 needs training
        0xc2f9d5fd69c6ad57,  // overlay referral 220: municipality-lhospitalet-27g needs impact.data_collection
        0xa49718970a5bbe13,  // overlay referral 221: coop-developer-new-york-27t needs employment.job_placement
        0x59a56ac09fd7b0c3,  // overlay referral 222: consumer-coop-chicago-286 needs conversion.legal_form_change
        0xadd51e91cdfef26d,  // overlay referral 223: coop-developer-mexico-city-28j needs commercial
        0xd93ba76ea871a09b,  // overlay referral 224: worker-coop-lhospitalet-28w needs impact.data_collection
        0xb0e7a944452ea9e7,  // overlay referral 225: worker-coop-mexico-city-299 needs finance.financial_management
        0x625a3ed436abe8cc,  // overlay referral 226: consumer-coop-chicago-29m needs planning.feasibility
        0x9410e361031566e8,  // overlay referral 227: business-service-org-santiago-29z needs commercial
        0xb37bba9a94a6ab3e,  // overlay referral 228: social-coop-madrid-2ac needs impact.data_collection
        0xf242f90d2f27062,  // overlay referral 229: consumer-coop-sao-paulo-2ap needs impact.evaluation
        0x66d32c55a2b58ab0,  // overlay referral 230: coop-developer-berlin-2b2 needs incubation.pre_associative_groups
        0x8fb68701c29d130e,  // overlay partners 0: worker-coop-barcelona-0
        0x30a1cd06e3b3ca18,  // overlay partners 2: worker-coop-new-york-q
        0x3d0a7c051faf5ba2,  // overlay partners 4: lender-cdfi-bologna-1g
        0x62af0474702ecb54,  // overlay partners 6: worker-coop-madrid-26
        0xbf1c8c9eb22ccabc,  // overlay partners 8: worker-coop-lhospitalet-2w
        0xd8255f7097606d07,  // overlay partners 10: university-sao-paulo-3m
        0x21a4b58e0a6b542b,  // overlay partners 12: worker-coop-mexico-city-4c
        0x586b2b1c3cbb0128,  // overlay partners 14: worker-coop-minneapolis-52
        0x94f0ba208041b205,  // overlay partners 16: housing-coop-oakland-5s
        0xbecd6068926bb038,  // overlay partners 18: worker-coop-bologna-6i
        0xc60a937c633cacf7,  // overlay partners 20: worker-coop-bilbao-78
        0x814b5c53bd48f97e,  // overlay partners 22: ta-provider-sao-paulo-7y
        0x49911146300b4aa9,  // overlay partners 24: worker-coop-new-york-8o
        0xb2043ad266a65c6a,  // overlay partners 26: worker-coop-thessaloniki-9e
        0x5c91e3924e7654b8,  // overlay partners 28: business-service-org-new-york-a4
        0x9241205222e6d7ca,  // overlay partners 30: worker-coop-montreal-au
        0xbbcf78ce51210015,  // overlay partners 32: consumer-coop-barcelona-bk
        0x1998d7528f5c1e6c,  // overlay partners 34: university-madrid-ca
        0xee9cd0b5282b7308,  // overlay partners 36: business-service-org-oakland-d0
        0x405179caf02a9a02,  // overlay partners 38: worker-coop-berlin-dq
        0x8bb7fc1f06568517,  // overlay partners 40: worker-coop-new-york-eg
        0xebe2f62b7641d5e,  // overlay partners 42: worker-coop-new-york-f6
        0x3b5c99bf303eb146,  // overlay partners 44: worker-coop-new-york-fw
        0x4d48c3fb97ca6d4f,  // overlay partners 46: coop-developer-new-york-gm
        0x5adb2ed7f9fc2be2,  // overlay partners 48: social-coop-montreal-hc
        0xd95b4d026f39e5a7,  // overlay partners 50: worker-coop-coquimbo-i2
        0x11a30b07bd97063a,  // overlay partners 52: worker-coop-minneapolis-is
        0xa1e36e554be2379a,  // overlay partners 54: worker-coop-thessaloniki-ji
        0xcddfc59598b7606f,  // overlay partners 56: support-centre-chicago-k8
        0x3df1dfd098fafbff,  // overlay partners 58: worker-coop-minneapolis-ky
        0xbace2fa18858bab7,  // overlay partners 60: worker-coop-lhospitalet-lo
        0xc4b0fbbf5ba392f3,  // overlay partners 62: worker-coop-mexico-city-me
        0xd979c89baff8d78b,  // overlay partners 64: coop-developer-chicago-n4
        0x119d5bfe0a906e2b,  // overlay partners 66: ta-provider-athens-nu
        0x1c58059e7369f801,  // overlay partners 68: consumer-coop-mexico-city-ok
        0xd344be22d44927a7,  // overlay partners 70: business-service-org-mexico-city-pa
        0x7aec77df7b84153e,  // overlay partners 72: worker-coop-oakland-q0
        0xf07d97149527eb8d,  // overlay partners 74: business-service-org-new-york-qq
        0xe17c4e0372dbc8fb,  // overlay partners 76: municipality-minneapolis-rg
        0x20e253c877181a77,  // overlay partners 78: housing-coop-chicago-s6
        0xa264faf654ad0ed7,  // overlay partners 80: worker-coop-new-york-sw
        0xdf25a60776410355,  // overlay partners 82: worker-coop-madrid-tm
        0x419bfb0ded69ae2d,  // overlay partners 84: consumer-coop-coquimbo-uc
        0xa54429f0f11332af,  // overlay partners 86: consumer-coop-chania-v2
        0x7c3abf0af36e897,  // overlay partners 88: nonprofit-madrid-vs
        0xd6c976177433d5a8,  // overlay partners 90: ta-provider-sao-paulo-wi
        0xd687bac3d20d04a5,  // overlay partners 92: coop-developer-valparaiso-x8
        0xdca50ab24ac8f1c6,  // overlay partners 94: nonprofit-chicago-xy
        0x63c390db01a2f9a6,  // overlay partners 96: ta-provider-valparaiso-yo
        0xfd66e1e2706486b8,  // overlay partners 98: business-service-org-bilbao-ze
        0x67cc31139afc9f66,  // overlay partners 100: worker-coop-madison-104
        0x47218b2955c574eb,  // overlay partners 102: consumer-coop-sao-paulo-10u
        0x7d60ce89ea7249bd,  // overlay partners 104: lender-cdfi-madrid-11k
        0xea8ea8d8e63e3c9b,  // overlay partners 106: worker-coop-minneapolis-12a
        0xebabe28e74733539,  // overlay partners 108: worker-coop-lhospitalet-130
        0x71b51a0451c6faf4,  // overlay partners 110: housing-coop-montreal-13q
        0x71b18d10d359b679,  // overlay partners 112: worker-coop-coquimbo-14g
        0x78c2d3a0160a6af5,  // overlay partners 114: business-service-org-chicago-156
        0x6a7f1dce6f76aa33,  // overlay partners 116: worker-coop-sao-paulo-15w
        0xa35c986a2c24fdb,  // overlay partners 118: housing-coop-barcelona-16m
        0x73c05766c26c461c,  // overlay partners 120: housing-coop-barcelona-17c
        0x1ce03d89e98543ed,  // overlay partners 122: worker-coop-coquimbo-182
        0x57d54ab6e955fe65,  // overlay partners 124: support-centre-chicago-18s
        0xc64fbf790778947e,  // overlay partners 126: support-centre-madrid-19i
        0xdb629da9b37a1e44,  // overlay partners 128: consumer-coop-thessaloniki-1a8
        0xe0026870003b51c3,  // overlay partners 130: worker-coop-barcelona-1ay
        0x39191dd5f5895ceb,  // overlay partners 132: worker-coop-santiago-1bo
        0x93b3e1362f55a3d6,  // overlay partners 134: support-centre-bologna-1ce
        0xc81d9a88326e54bf,  // overlay partners 136: coop-developer-barcelona-1d4
        0x940d115cb81d63af,  // overlay partners 138: worker-coop-new-york-1du
        0x47e52f5d7b669694,  // overlay partners 140: worker-coop-mexico-city-1ek
        0xdf12de8495fcedf3,  // overlay partners 142: worker-coop-new-york-1fa
        0x9aa1c8c464e74788,  // overlay partners 144: worker-coop-new-york-1g0
        0x376785d820e396a9,  // overlay partners 146: worker-coop-barcelona-1gq
        0x1eb0836613e037a,  // overlay partners 148: nonprofit-santiago-1hg
        0xd3177070eafcbe58,  // overlay partners 150: social-coop-oakland-1i6
        0x5e5714671fc4168a,  // overlay partners 152: nonprofit-bologna-1iw
        0xdcb451dae99beda0,  // overlay partners 154: lender-cdfi-chicago-1jm
        0x4d0dc738adf759bf,  // overlay partners 156: business-service-org-chicago-1kc
        0x8619692efc5198f8,  // overlay partners 158: worker-coop-valparaiso-1l2
        0x4aa69dd403c57353,  // overlay partners 160: consumer-coop-new-york-1ls
        0xc19c47609367347,  // overlay partners 162: housing-coop-sao-paulo-1mi
        0xa09229968899eb05,  // overlay partners 164: worker-coop-santiago-1n8
        0x5447035619e03f63,  // overlay partners 166: social-coop-new-york-1ny
        0xa9310fe745b390f1,  // overlay partners 168: business-service-org-barcelona-1oo
        0x41b6a375e824c5c3,  // overlay partners 170: consumer-coop-sao-paulo-1pe
        0x31e84deab5e99b0e,  // overlay partners 172: worker-coop-new-york-1q4
        0x1635f9d8af89cf0a,  // overlay partners 174: worker-coop-valparaiso-1qu
        0x932e5c66a1824459,  // overlay partners 176: municipality-thessaloniki-1rk
        0x715d133209a7efae,  // overlay partners 178: ta-provider-barcelona-1sa
        0x65df70e81fd528ef,  // overlay partners 180: business-service-org-bilbao-1t0
        0x5da1f14ffb51798b,  // overlay partners 182: support-centre-barcelona-1tq
        0x43eecb356302427,  // overlay partners 184: worker-coop-chicago-1ug
        0x5c465ca64a60463e,  // overlay partners 186: business-service-org-barcelona-1v6
        0xe48855518a07143f,  // overlay partners 188: worker-coop-barcelona-1vw
        0xf4e11440981808df,  // overlay partners 190: worker-coop-oakland-1wm
        0x5649aa2aa7b72a32,  // overlay partners 192: worker-coop-bologna-1xc
        0x51ebbc60fa58de40,  // overlay partners 194: coop-developer-barcelona-1y2
        0x1abc7d65f6c71dd4,  // overlay partners 196: worker-coop-new-york-1ys
        0xce397fc13335d0b9,  // overlay partners 198: business-service-org-barcelona-1zi
        0x2a6049b6278abb6,  // overlay partners 200: worker-coop-new-york-208
        0x816376503efc846b,  // overlay partners 202: worker-coop-berlin-20y
        0x31ee6f2bc0ed141c,  // overlay partners 204: business-service-org-new-york-21o
        0x9e2acfd2d5b218e8,  // overlay partners 206: ta-provider-chicago-22e
        0xda520f9bede4c51a,  // overlay partners 208: housing-coop-chicago-234
        0x252f19541ba997fb,  // overlay partners 210: ta-provider-chicago-23u
        0x9f76f079222a0d06,  // overlay partners 212: worker-coop-bologna-24k
        0x7655df121cff4494,  // overlay partners 214: worker-coop-valparaiso-25a
        0x40c6f855cdd46816,  // overlay partners 216: worker-coop-new-york-260
        0x31efaf64cd6732ee,  // overlay partners 218: ta-provider-chicago-26q
        0x59c1a09d4050a861,  // overlay partners 220: municipality-lhospitalet-27g
        0x15ab44c200687086,  // overlay partners 222: consumer-coop-chicago-286
        0xc5750a161d95a6ab,  // overlay partners 224: worker-coop-lhospitalet-28w
        0x72c31ea8f11b2ad,  // overlay partners 226: consumer-coop-chicago-29m
        0x8457b9f54e280b1c,  // overlay partners 228: social-coop-madrid-2ac
        0x4a7d7e694ec513b6,  // overlay partners 230: coop-developer-berlin-2b2
    ]
}
