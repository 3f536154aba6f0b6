import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/cli/readInputs';
import { toGraphJson } from '../../src/exporters/toGraphJson';
import { buildGraph } from '../../src/graph/buildGraph';
import { SerializedGraphSchema, type SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { extractDocument } from '../../src/pipeline/extractDocument';
import { resolveCorpus } from '../../src/pipeline/resolveCorpus';
import { GoldSchema, type Gold } from '../helpers/GoldSchema';
import type { GraphScore } from '../helpers/GraphScore';
import { scoreGraph } from '../helpers/scoreGraph';

// Bounds of the extraction scores (score-graph.mjs's numbers, ported to scoreGraph): a change that crosses one fails CI.
// The extractor is deterministic, so the small margin below today's values only leaves room for deliberate trade-offs;
// raise a bound when the extractor improves for good. Measured at 7897738 (scoreGraph and score-graph.mjs agree;
// evidence 1.000 everywhere but heldout 0.990, heldout3 0.990, heldout8 0.995, heldout17 0.992, heldout18 0.972,
// heldout23 0.967, heldout24 0.987, heldout25 0.972, heldout29 0.990, heldout30 0.984, heldout31 0.990, heldout35
// 0.982, heldout36 0.991, heldout37 0.986, heldout38 0.992, heldout39 0.986, heldout41 0.978, heldout42 0.992,
// heldout46 0.983, heldout47 0.980, heldout50 0.989, heldout51 0.982, heldout52 0.988, heldout54 0.989, heldout60
// 0.986, heldout63 0.985, heldout65 0.983, heldout68 0.991, heldout72 0.986, heldout74 0.989, heldout75 0.981,
// heldout77 0.984, heldout78 0.974, heldout79 0.954, heldout83 0.987, heldout87 0.989, heldout88 0.990, heldout95
// 0.989, heldout96 0.986, heldout97 0.974, heldout98 0.987, heldout101 0.964, heldout102 0.975, heldout104 0.988,
// heldout105 0.975, heldout106 0.954, heldout109 0.979, heldout112 0.975, heldout115 0.979, heldout118 0.987,
// heldout120 0.985 and heldout121 0.977):
//   seeds     entities P 1.000 R 1.000 F1 1.000 dup 0 | relations P 1.000 R 1.000 F1 1.000
//   heldout   entities P 0.971 R 1.000 F1 0.985 dup 0 | relations P 0.990 R 0.754 F1 0.856
//   heldout2  entities P 0.986 R 0.975 F1 0.980 dup 0 | relations P 0.955 R 0.627 F1 0.757
//             (its gold, older than MEMBER_OF, lists no membership; P 0.977 before party posts gave memberships)
//   heldout3  entities P 0.987 R 0.992 F1 0.990 dup 0 | relations P 0.981 R 0.616 F1 0.757
//   heldout4  entities P 0.943 R 0.948 F1 0.945 dup 0 | relations P 0.965 R 0.607 F1 0.745
//   heldout5  entities P 0.974 R 0.977 F1 0.976 dup 0 | relations P 0.926 R 0.698 F1 0.796
//   heldout6  entities P 0.956 R 0.933 F1 0.944 dup 2 | relations P 0.931 R 0.564 F1 0.703
//   heldout7  entities P 0.985 R 0.970 F1 0.977 dup 0 | relations P 0.966 R 0.749 F1 0.844
//   heldout8  entities P 0.980 R 0.950 F1 0.965 dup 0 | relations P 0.959 R 0.762 F1 0.849
//   heldout9  entities P 0.966 R 0.974 F1 0.970 dup 0 | relations P 0.954 R 0.701 F1 0.808
//   heldout10 entities P 0.967 R 0.971 F1 0.969 dup 0 | relations P 0.950 R 0.743 F1 0.834
//   heldout11 entities P 0.979 R 0.953 F1 0.966 dup 1 | relations P 0.920 R 0.569 F1 0.703
//   heldout12 entities P 0.940 R 0.940 F1 0.940 dup 2 | relations P 0.935 R 0.619 F1 0.745
//   heldout13 entities P 0.958 R 0.967 F1 0.962 dup 1 | relations P 0.897 R 0.687 F1 0.778
//   heldout14 entities P 0.914 R 0.912 F1 0.913 dup 1 | relations P 0.940 R 0.584 F1 0.721
//   heldout15 entities P 0.964 R 0.953 F1 0.958 dup 1 | relations P 0.937 R 0.644 F1 0.763
//   heldout16 entities P 0.925 R 0.913 F1 0.919 dup 1 | relations P 0.905 R 0.546 F1 0.681
//   heldout17 entities P 0.994 R 0.971 F1 0.983 dup 0 | relations P 0.976 R 0.611 F1 0.751
//   heldout18 entities P 0.913 R 0.876 F1 0.894 dup 2 | relations P 0.911 R 0.519 F1 0.661
//   gumnews   entities P 0.914 R 0.954 F1 0.934 dup 3 | relations P 0.985 R 0.533 F1 0.692
//   heldout19 entities P 0.964 R 0.958 F1 0.961 dup 1 | relations P 0.982 R 0.657 F1 0.787
//   heldout20 entities P 0.903 R 0.888 F1 0.895 dup 0 | relations P 0.885 R 0.534 F1 0.666
//   heldout21 entities P 0.973 R 0.973 F1 0.973 dup 0 | relations P 0.949 R 0.624 F1 0.753
//   heldout22 entities P 0.899 R 0.898 F1 0.899 dup 1 | relations P 0.958 R 0.597 F1 0.736
//   heldout23 entities P 0.964 R 0.958 F1 0.961 dup 0 | relations P 0.925 R 0.567 F1 0.703
//   heldout24 entities P 0.937 R 0.923 F1 0.930 dup 0 | relations P 0.929 R 0.548 F1 0.690
//   heldout25 entities P 0.955 R 0.976 F1 0.965 dup 1 | relations P 0.908 R 0.500 F1 0.645
//   heldout26 entities P 0.952 R 0.936 F1 0.944 dup 4 | relations P 0.911 R 0.459 F1 0.611
//   heldout27 entities P 0.945 R 0.968 F1 0.956 dup 0 | relations P 0.925 R 0.464 F1 0.618
//   heldout28 entities P 0.915 R 0.933 F1 0.924 dup 4 | relations P 0.867 R 0.481 F1 0.619
//   heldout29 entities P 0.976 R 0.951 F1 0.963 dup 0 | relations P 0.952 R 0.497 F1 0.654
//   heldout30 entities P 0.940 R 0.924 F1 0.932 dup 3 | relations P 0.865 R 0.488 F1 0.624
//   heldout31 entities P 0.939 R 0.957 F1 0.948 dup 1 | relations P 0.910 R 0.473 F1 0.622
//   heldout32 entities P 0.922 R 0.935 F1 0.928 dup 2 | relations P 0.893 R 0.489 F1 0.632
//   heldout33 entities P 0.965 R 0.982 F1 0.974 dup 1 | relations P 0.766 R 0.523 F1 0.622
//   heldout34 entities P 0.928 R 0.965 F1 0.946 dup 1 | relations P 0.894 R 0.597 F1 0.716
//   heldout35 entities P 0.908 R 0.887 F1 0.897 dup 1 | relations P 0.833 R 0.389 F1 0.531
//   heldout36 entities P 0.961 R 0.983 F1 0.972 dup 0 | relations P 0.797 R 0.479 F1 0.598
//   heldout37 entities P 0.945 R 0.951 F1 0.948 dup 1 | relations P 0.864 R 0.411 F1 0.557
//   heldout38 entities P 0.946 R 0.918 F1 0.932 dup 3 | relations P 0.764 R 0.480 F1 0.590
//   heldout39 entities P 0.927 R 0.927 F1 0.927 dup 1 | relations P 0.936 R 0.371 F1 0.532
//   heldout40 entities P 0.974 R 0.953 F1 0.963 dup 1 | relations P 0.927 R 0.557 F1 0.696
//   heldout41 entities P 0.916 R 0.928 F1 0.922 dup 2 | relations P 0.900 R 0.375 F1 0.529
//   heldout42 entities P 0.966 R 0.982 F1 0.974 dup 0 | relations P 0.956 R 0.504 F1 0.660
//   heldout43 entities P 0.951 R 0.907 F1 0.928 dup 2 | relations P 0.925 R 0.337 F1 0.494
//   heldout44 entities P 0.950 R 0.971 F1 0.960 dup 1 | relations P 0.892 R 0.470 F1 0.616
//   heldout45 entities P 0.937 R 0.962 F1 0.949 dup 3 | relations P 0.945 R 0.382 F1 0.544
//   heldout46 entities P 0.963 R 0.989 F1 0.976 dup 0 | relations P 0.968 R 0.546 F1 0.698
//   heldout47 entities P 0.885 R 0.946 F1 0.915 dup 4 | relations P 0.875 R 0.359 F1 0.509
//   heldout48 entities P 0.964 R 0.935 F1 0.949 dup 1 | relations P 0.891 R 0.475 F1 0.620
//   heldout49 entities P 0.934 R 0.956 F1 0.945 dup 3 | relations P 0.833 R 0.383 F1 0.524
//   heldout50 entities P 0.930 R 0.972 F1 0.951 dup 0 | relations P 0.913 R 0.492 F1 0.639
//   heldout51 entities P 0.916 R 0.920 F1 0.918 dup 1 | relations P 0.891 R 0.427 F1 0.578
//   heldout52 entities P 0.925 R 0.939 F1 0.932 dup 0 | relations P 0.879 R 0.406 F1 0.556
//   heldout53 entities P 0.921 R 0.909 F1 0.915 dup 3 | relations P 0.883 R 0.469 F1 0.612
//   heldout54 entities P 0.956 R 0.960 F1 0.958 dup 1 | relations P 0.916 R 0.384 F1 0.541
//   heldout55 entities P 0.901 R 0.897 F1 0.899 dup 1 | relations P 0.712 R 0.301 F1 0.424
//   heldout56 entities P 0.930 R 0.924 F1 0.927 dup 0 | relations P 0.856 R 0.365 F1 0.511
//   heldout57 entities P 0.918 R 0.947 F1 0.932 dup 1 | relations P 0.824 R 0.368 F1 0.509
//   heldout58 entities P 0.957 R 0.956 F1 0.956 dup 0 | relations P 0.850 R 0.421 F1 0.563
//   heldout59 entities P 0.904 R 0.920 F1 0.912 dup 0 | relations P 0.892 R 0.492 F1 0.634
//   heldout60 entities P 0.943 R 0.925 F1 0.934 dup 0 | relations P 0.871 R 0.402 F1 0.550
//   heldout61 entities P 0.934 R 0.953 F1 0.943 dup 0 | relations P 0.869 R 0.383 F1 0.532
//   heldout62 entities P 0.957 R 0.947 F1 0.952 dup 0 | relations P 0.827 R 0.350 F1 0.492
//   heldout63 entities P 0.926 R 0.902 F1 0.914 dup 0 | relations P 0.893 R 0.385 F1 0.538
//   heldout64 entities P 0.965 R 0.970 F1 0.968 dup 2 | relations P 0.909 R 0.421 F1 0.576
//   heldout65 entities P 0.939 R 0.902 F1 0.920 dup 2 | relations P 0.831 R 0.350 F1 0.493
//   heldout66 entities P 0.968 R 0.962 F1 0.965 dup 1 | relations P 0.871 R 0.440 F1 0.584
//   heldout67 entities P 0.922 R 0.911 F1 0.916 dup 2 | relations P 0.933 R 0.395 F1 0.555
//   heldout68 entities P 0.957 R 0.965 F1 0.961 dup 0 | relations P 0.909 R 0.515 F1 0.658
//   heldout69 entities P 0.917 R 0.926 F1 0.921 dup 1 | relations P 0.901 R 0.387 F1 0.541
//   heldout70 entities P 0.906 R 0.945 F1 0.925 dup 1 | relations P 0.902 R 0.409 F1 0.563
//   heldout71 entities P 0.912 R 0.921 F1 0.917 dup 3 | relations P 0.915 R 0.325 F1 0.479
//   heldout72 entities P 0.944 R 0.971 F1 0.957 dup 1 | relations P 0.854 R 0.385 F1 0.531
//   heldout73 entities P 0.938 R 0.927 F1 0.933 dup 1 | relations P 0.922 R 0.477 F1 0.628
//   heldout74 entities P 0.917 R 0.943 F1 0.930 dup 2 | relations P 0.853 R 0.413 F1 0.557
//   heldout75 entities P 0.938 R 0.949 F1 0.943 dup 1 | relations P 0.841 R 0.323 F1 0.466
//   heldout76 entities P 0.969 R 0.953 F1 0.961 dup 0 | relations P 0.940 R 0.400 F1 0.561
//   heldout77 entities P 0.898 R 0.892 F1 0.895 dup 0 | relations P 0.889 R 0.357 F1 0.509
//   heldout78 entities P 0.963 R 0.972 F1 0.967 dup 0 | relations P 0.886 R 0.390 F1 0.542
//   heldout79 entities P 0.897 R 0.882 F1 0.889 dup 1 | relations P 0.855 R 0.314 F1 0.459
//   heldout80 entities P 0.957 R 0.929 F1 0.942 dup 2 | relations P 0.897 R 0.423 F1 0.575
//   heldout81 entities P 0.908 R 0.893 F1 0.901 dup 5 | relations P 0.789 R 0.316 F1 0.451
//   heldout82 entities P 0.964 R 0.959 F1 0.962 dup 2 | relations P 0.952 R 0.402 F1 0.565
//   heldout83 entities P 0.915 R 0.918 F1 0.917 dup 2 | relations P 0.940 R 0.436 F1 0.596
//   heldout84 entities P 0.955 R 0.954 F1 0.955 dup 1 | relations P 0.894 R 0.405 F1 0.558
//   heldout85 entities P 0.878 R 0.910 F1 0.894 dup 1 | relations P 0.875 R 0.348 F1 0.498
//   heldout86 entities P 0.946 R 0.981 F1 0.964 dup 2 | relations P 0.822 R 0.402 F1 0.540
//   heldout87 entities P 0.918 R 0.929 F1 0.923 dup 3 | relations P 0.898 R 0.401 F1 0.554
//   heldout88 entities P 0.916 R 0.929 F1 0.922 dup 2 | relations P 0.905 R 0.414 F1 0.569
//   heldout89 entities P 0.922 R 0.940 F1 0.931 dup 2 | relations P 0.813 R 0.325 F1 0.465
//   heldout90 entities P 0.943 R 0.947 F1 0.945 dup 0 | relations P 0.818 R 0.380 F1 0.519
//   heldout91 entities P 0.939 R 0.943 F1 0.941 dup 1 | relations P 0.859 R 0.344 F1 0.491
//   heldout92 entities P 0.923 R 0.967 F1 0.944 dup 1 | relations P 0.857 R 0.361 F1 0.508
//   heldout93 entities P 0.917 R 0.906 F1 0.911 dup 1 | relations P 0.873 R 0.385 F1 0.535
//   heldout94 entities P 0.957 R 0.937 F1 0.947 dup 0 | relations P 0.957 R 0.396 F1 0.560
//   heldout95 entities P 0.904 R 0.908 F1 0.906 dup 1 | relations P 0.919 R 0.454 F1 0.607
//   heldout96 entities P 0.924 R 0.963 F1 0.943 dup 1 | relations P 0.831 R 0.404 F1 0.544
//   heldout97 entities P 0.892 R 0.890 F1 0.891 dup 3 | relations P 0.792 R 0.266 F1 0.398
//   heldout98 entities P 0.905 R 0.942 F1 0.924 dup 2 | relations P 0.895 R 0.474 F1 0.620
//   heldout99 entities P 0.903 R 0.943 F1 0.922 dup 2 | relations P 0.814 R 0.490 F1 0.611
//   heldout100 entities P 0.925 R 0.942 F1 0.933 dup 0 | relations P 0.880 R 0.512 F1 0.648
//   heldout101 entities P 0.944 R 0.971 F1 0.957 dup 1 | relations P 0.949 R 0.433 F1 0.595
//   heldout102 entities P 0.897 R 0.946 F1 0.921 dup 2 | relations P 0.810 R 0.455 F1 0.583
//   heldout103 entities P 0.939 R 0.921 F1 0.930 dup 1 | relations P 0.830 R 0.372 F1 0.513
//   heldout104 entities P 0.934 R 0.979 F1 0.956 dup 3 | relations P 0.882 R 0.460 F1 0.604
//   heldout105 entities P 0.892 R 0.840 F1 0.865 dup 2 | relations P 0.784 R 0.311 F1 0.445
//   heldout106 entities P 0.904 R 0.909 F1 0.906 dup 1 | relations P 0.798 R 0.406 F1 0.538
//   heldout107 entities P 0.883 R 0.871 F1 0.877 dup 1 | relations P 0.836 R 0.441 F1 0.577
//   heldout108 entities P 0.922 R 0.950 F1 0.936 dup 1 | relations P 0.889 R 0.491 F1 0.632
//   heldout109 entities P 0.865 R 0.944 F1 0.902 dup 2 | relations P 0.887 R 0.465 F1 0.610
//   heldout110 entities P 0.923 R 0.939 F1 0.931 dup 2 | relations P 0.838 R 0.416 F1 0.556
//   heldout111 entities P 0.852 R 0.880 F1 0.866 dup 2 | relations P 0.750 R 0.426 F1 0.543
//   heldout112 entities P 0.909 R 0.952 F1 0.930 dup 0 | relations P 0.942 R 0.451 F1 0.610
//   heldout113 entities P 0.949 R 0.929 F1 0.939 dup 2 | relations P 0.881 R 0.515 F1 0.650
//   heldout114 entities P 0.923 R 0.944 F1 0.933 dup 1 | relations P 0.864 R 0.381 F1 0.529
//   heldout115 entities P 0.866 R 0.917 F1 0.891 dup 0 | relations P 0.783 R 0.478 F1 0.594
//   heldout116 entities P 0.899 R 0.950 F1 0.924 dup 3 | relations P 0.854 R 0.436 F1 0.577
//   heldout117 entities P 0.882 R 0.946 F1 0.913 dup 1 | relations P 0.777 R 0.497 F1 0.606
//   heldout118 entities P 0.924 R 0.975 F1 0.949 dup 1 | relations P 0.906 R 0.436 F1 0.589
//   heldout119 entities P 0.938 R 0.958 F1 0.948 dup 1 | relations P 0.825 R 0.457 F1 0.588
//   heldout120 entities P 0.877 R 0.953 F1 0.914 dup 5 | relations P 0.831 R 0.366 F1 0.508 (at 15e5523)
//   heldout121 entities P 0.862 R 0.875 F1 0.868 dup 0 | relations P 0.863 R 0.442 F1 0.584 (at 15e5523)
// Each held-out set was written by someone who never saw the rules, and was measured once before any rule changed for
// it; all but heldout120 and heldout121 have since guided rules (dev sets), so only those two lines above are honest
// measures of unseen news. First measures: heldout2 entities F1 0.91 dup 2, relations P 0.84 R 0.33; heldout3 entities
// F1 0.90, relations P 0.96 R 0.36 (at 110bcd3); heldout4 (parliamentary politics of six countries) entities P 0.78 R 0.75 F1 0.76 dup 1,
// relations P 0.84 R 0.12 (at eb21df1), then P 0.84 R 0.30 after the tree patterns and before the entities and roles
// branches were merged. gumnews: 13 real Wikinews articles (GUM corpus) whose relations were annotated by someone who
// never saw the rules; first measured at eb21df1: entities P 0.59 R 0.69 F1 0.64 dup 8 | relations P 0.60 R 0.05.
// heldout5 (ten world-news articles in ten newsrooms' styles), first measured at b94a8db: entities P 0.85 R 0.86
// F1 0.86 dup 0 | relations P 0.71 R 0.36.
// heldout6 (ten more, other regions and beats: West Africa, India-China, Gaza, Australia, Canada, France, Japan-China,
// Brazil, the Security Council, Turkey), first measured at 9dca92a: entities P 0.83 R 0.84 F1 0.83 dup 3 | relations
// P 0.85 R 0.34.
// heldout7 (six BBC-style UK politics articles of 2004-05, two American political, two British and German business
// stories), first measured at eb96651: entities P 0.88 R 0.85 F1 0.87 dup 1 | relations P 0.87 R 0.42.
// heldout8 (five more BBC-style UK politics articles of 2005-07, Thailand, Kosovo, three business stories), first
// measured at d1a24ef: entities P 0.87 R 0.85 F1 0.86 dup 3 | relations P 0.88 R 0.44 (at f679e7b, before this
// session's rules: entities F1 0.85 dup 2, relations P 0.88 R 0.40).
// heldout9 (six BBC-style UK politics articles of 2004-05, Ukraine 2004, Georgia 2008, Cadbury-Kraft, Northern Rock),
// first measured at 078e9c5: entities P 0.91 R 0.87 F1 0.89 dup 0 | relations P 0.90 R 0.42.
// heldout10 (five BBC-style UK politics articles of 2005-06, Kenya 2008, the Libya vote of 2011, Lloyds-HBOS, BP 2010,
// the Bolton nomination of 2005), first measured at 078e9c5: entities P 0.85 R 0.86 F1 0.85 dup 1 | relations P 0.90
// R 0.42; at e31ebcc, with the rules written for heldout9 and before any rule for it: entities P 0.85 R 0.87 F1 0.86
// dup 1 | relations P 0.91 R 0.45.
// heldout11 (four BBC-style UK politics articles of 2004-07, an EU summit, Ecuador-Colombia 2008, Tata-Corus, the EU's
// Microsoft fine of 2004, the Miers nomination, a Canadian floor-crossing) and heldout12 (BBC technology,
// entertainment, sport and business pages of 2004-06, the first set outside politics and world news), both first
// measured at 807bd0d (the rules of 0ce5293): heldout11 entities P 0.92 R 0.88 F1 0.90 dup 2 | relations P 0.89
// R 0.41; heldout12 entities P 0.84 R 0.82 F1 0.83 dup 2 | relations P 0.86 R 0.32.
// heldout13 (six BBC-style UK politics articles of 2004-05, Spain's Iraq pullout, the 2010 US health bill, Zimbabwe's
// run-off, the Honduran coup) and heldout14 (BBC business, sport, technology and entertainment pages of 2004-05), both
// first measured at 5d21140 (the rules of 6ab749a): heldout13 entities P 0.88 R 0.92 F1 0.90 dup 3 | relations P 0.87
// R 0.46; heldout14 entities P 0.84 R 0.80 F1 0.82 dup 2 | relations P 0.86 R 0.23.
// heldout15 (six BBC-style UK politics articles of 2004-06, France's No to the EU constitution, DeLay's indictment,
// Hamas's victory, Koizumi's Yasukuni visit) and heldout16 (BBC business, sport, technology and entertainment pages of
// 2004-06), both first measured at 26d9288 (the rules of 1f0c378; every heldout15 article crashed the build before that
// commit): heldout15 entities P 0.905 R 0.905 F1 0.905 dup 3 | relations P 0.913 R 0.460; heldout16 entities P 0.835
// R 0.839 F1 0.837 dup 2 | relations P 0.867 R 0.319.
// heldout17 (six BBC-style UK politics articles of 2003-07, Barroso's Commission, Rumsfeld's resignation,
// Khodorkovsky's arrest, Bolivia's gas) and heldout18 (BBC business, sport, technology and entertainment pages of
// 2003-07), written while the rules of that session were changed, measured before any rule was written for them: with
// the rules of 1f0c378, heldout17 entities P 0.930 R 0.897 F1 0.913 dup 1 | relations P 0.976 R 0.405 and heldout18
// entities P 0.802 R 0.808 F1 0.805 dup 3 | relations P 0.792 R 0.278; with the session's rules (f41eb2e), heldout17
// entities P 0.942 R 0.914 F1 0.928 dup 1 | relations P 0.976 R 0.421 and heldout18 unchanged entities | relations
// P 0.780 R 0.286.
// heldout19 (six BBC-style UK politics articles of 2003-08, Venezuela's RCTV, Nigeria's third-term vote, Musharraf's
// emergency, Iran's release of the British sailors) and heldout20 (BBC business, sport, technology and entertainment
// pages of 2004-08), first measured at 0cc757f (the rules of the session before): heldout19 entities P 0.894 R 0.867
// F1 0.880 dup 2 | relations P 0.905 R 0.427; heldout20 entities P 0.853 R 0.817 F1 0.835 dup 0 | relations P 0.769
// R 0.302. heldout21 (six UK politics articles of 2003-08, Georgia 2003, Korea's impeachment of 2004, Liberia 2003,
// Haiti 2004) and heldout22 (BBC business, sport, technology and entertainment pages of 2006-08), written while the
// rules of that session were changed for heldout19 and heldout20: at 0cc757f heldout21 entities P 0.889 R 0.925
// F1 0.906 dup 1 | relations P 0.933 R 0.471 and heldout22 entities P 0.830 R 0.849 F1 0.840 dup 1 | relations P 0.929
// R 0.347; with that session's rules so far (81e14b3), heldout21 unchanged and heldout22 entities F1 0.843, relations
// unchanged.
// heldout23 (six BBC-style UK politics articles of 2004-08, North Korea's sanctions, Mexico's election court, Nato's
// Bucharest summit, Mogadishu 2006) and heldout24 (BBC business, sport, technology and entertainment pages of 2005-07),
// first measured at a212b30 (the rules of the session before): heldout23 entities P 0.917 R 0.910 F1 0.913 dup 1 |
// relations P 0.846 R 0.360; heldout24 entities P 0.846 R 0.861 F1 0.853 dup 0 | relations P 0.902 R 0.393.
// heldout25 (six UK politics articles of 2003-08, Fiji's coup, Uzbekistan's embargo, Nepal's election, the Rome
// conference on Lebanon) and heldout26 (BBC business, sport, technology and entertainment pages of 2004-08), written
// while that session's first rules were changed and used for rules only after this measure: at a212b30 heldout25 entities P 0.915 R 0.935 F1 0.925
// dup 2 | relations P 0.897 R 0.370 and heldout26 entities P 0.878 R 0.872 F1 0.875 dup 4 | relations P 0.867 R 0.243;
// with that session's rules (a0ad001), heldout25 unchanged and heldout26 relations P 0.875 R 0.264.
// heldout27 (six UK politics articles of 2004-08, Cyprus's Annan plan, Mauritania's coup, Sri Lanka's ceasefire,
// Belarus's visa ban) and heldout28 (BBC business, sport, technology and entertainment pages of 2006-08), written later
// in that session: at a212b30 heldout27 entities P 0.933 R 0.962 F1 0.947 dup 0 | relations P 0.894 R 0.354 and
// heldout28 entities P 0.853 R 0.861 F1 0.857 dup 5 | relations P 0.750 R 0.313; with the session's rules (773ebdc,
// before any rule was written for them) heldout27 relations P 0.895 R 0.359 and heldout28 P 0.782 R 0.321. One rule
// was then mended for heldout27 (`the party` of its own sentence, 4b00757): P 0.917.
// heldout29 (six UK politics articles of 2004-08, Libya's disarmament, Peru's run-off, Annapolis, Darfur's force) and
// heldout30 (BBC business, sport, technology and entertainment pages of 2006-08), written at the start of the next
// session by helpers who never saw the rules, and never looked at since: at 30c17f2 (that session's start) heldout29
// entities P 0.935 R 0.927 F1 0.931 dup 0 | relations P 0.938 R 0.379 and heldout30 entities P 0.867 R 0.903 F1 0.884
// dup 6 | relations P 0.772 R 0.341; with that session's rules (b387250), none written for them, heldout29 relations
// P 0.942 R 0.410 and heldout30 entities F1 0.890, relations P 0.793 R 0.358.
// heldout31 (six UK politics articles of 2003-08, the UK's expulsion of Russian diplomats, Wolfowitz's exit from the
// World Bank, Merkel's election, Rudd's victory), heldout32 (BBC business, sport, technology and entertainment pages of
// 2003-07) and heldout33 (six UK politics articles of 2005-08, the Russia-Ukraine gas deal, the IAEA's vote on Iran,
// Sharon's new party, the six-party deal on Yongbyon; two of its stories are events heldout31 tells too, in other
// words, and its annotator wrote down politics conventions of its own: 13 of its 28 false positives at 10fcec2 are
// memberships its gold leaves out), written at the start of the session after by helpers who never saw the rules:
// at 08cf7fc (that session's start) heldout31 entities P 0.919 R 0.950 F1 0.934 dup 0 | relations P 0.895 R 0.378,
// heldout32 entities P 0.884 R 0.910 F1 0.897 dup 3 | relations P 0.949 R 0.415 and heldout33 entities P 0.916
// R 0.958 F1 0.937 dup 1 | relations P 0.717 R 0.391; with that session's rules (10fcec2), heldout31 relations P 0.899
// R 0.393, heldout32 and heldout33 unchanged. Two heldout32 sentences were read that session, to mend the rule that
// parses a relative clause apart (it had lost two of heldout32's relations), and one wrong heldout31 edge (a praise
// that `send` as a light verb gave); nothing else of the three was looked at.
// heldout34 (six UK politics articles of 2004-08: the SNP's leadership, List 99, the FOI exemption bill, the
// Grangemouth strike, Shirley Porter's settlement, the Gurkhas' case; the US-India nuclear deal, the Human Rights
// Council, Abe's resignation, Turkey's offensive in Iraq) and heldout35 (BBC business, sport, technology and
// entertainment pages of 2007-08), written at the start of the session after by helpers who never saw the rules, and
// never looked at: at 79c9ed4 (that session's start) heldout34 entities P 0.886 R 0.942 F1 0.913 dup 2 | relations
// P 0.886 R 0.506 and heldout35 entities P 0.851 R 0.842 F1 0.847 dup 1 | relations P 0.818 R 0.260; with that
// session's rules, none written for them, both the same but for one false edge on heldout35 (relations P 0.800, from
// the last lexicon commit, 33ad0d0; not read). Only their scores were read, once per rule tried.
// heldout36 (four UK, three US and three world politics stories of 2001-19: Estelle Morris's resignation, Corbyn's
// confidence vote, Rudd and Windrush, the Commons rejecting May's deal; Jeffords leaving the Republicans, Kavanaugh's
// confirmation, Boehner's resignation; Rajoy ousted, Zuma's resignation, Rousseff's removal) and heldout37 (business,
// sport, technology, science and culture of 2005-17: the BA cabin crew strike, Diamond and Libor, Pfizer's bid for
// AstraZeneca, Contador's ban, Bloodgate, Renault's crash ruling, Apple and the FBI, Hwang Woo-suk, Clarkson and the
// BBC, the Oscars envelope), written at the start of the session after by helpers who never saw the rules, measured at
// f4dd23f (that session's start) before any rule changed, and never looked at: heldout36 entities P 0.915 R 0.914 F1
// 0.915 dup 1 | relations P 0.660 R 0.277; heldout37 entities P 0.904 R 0.920 F1 0.912 dup 1 | relations P 0.825
// R 0.307; with that session's rules (bodies' names, a bracketed short form written as a word, `who` after an apposed
// post), exactly the same.
// heldout38 (two UK, two US and six world politics stories of 1997-2019: the Independent Group, the prorogation ruling,
// Gingrich's reprimand, Holder's contempt vote, Vajpayee's lost confidence vote, the Social Democrats leaving Hatoyama,
// the Qatar blockade, Kenya's annulled election, Lugo's removal, Radicova's fall) and heldout39 (Vodafone and
// Mannesmann, Winterkorn's resignation, Martha Stewart's conviction, Polanski's arrest, the IOC expulsions, Suarez's
// ban, Napster's injunction, SARS in Toronto, the New York Times after Jayson Blair, oil-for-food), written at the
// start of the session after that by helpers who never saw the rules, measured at 2a9b773 before any rule changed, and
// never looked at (but heldout38's headlines, once): heldout38 entities P 0.889 R 0.884 F1 0.887 dup 1 | relations
// P 0.721 R 0.313; heldout39 entities P 0.881 R 0.863 F1 0.872 dup 1 | relations P 0.790 R 0.246; with that session's
// rules (who acts, appeals, what befalls a party, qualified posts, names), heldout38 the same and heldout39 as above;
// both have been dev sets since (their false edges and missed names guided the next session's rules).
// heldout40 (two UK, two US and six world politics stories of 1998-2018: the Commons' Syria vote, Mandelson's home
// loan, Clinton's impeachment, Bush v. Gore, Fujimori's removal, ECOWAS in Gambia, the Wye River accord, Sirisena
// sacking Wickremesinghe, the Thai coup, the Schussel-Haider coalition) and heldout41 (Olympus and Woodford, HP and
// Compaq, the Bosman ruling, Pistorius's conviction, Tyson's ban, Festina's expulsion, Google's shopping fine,
// Wakefield struck off, the Nobel literature prize postponed, Lagarde at the IMF), written at the start of the session
// after that by helpers who never saw the rules, measured at 3dbdfb1 before any rule changed, and never looked at:
// heldout40 entities P 0.939 R 0.932 F1 0.935 dup 1 | relations P 0.800 R 0.362; heldout41 entities P 0.842 R 0.871
// F1 0.856 dup 2 | relations P 0.857 R 0.259; with that session's rules (references, pronouns, acronyms spelled out,
// names cut by a title or a number, demanded acts, severed ties, lawsuits, the leading country's offices), heldout40
// as above and heldout41 the same; both have been dev sets since.
// heldout42 (two UK, two US and six world politics stories of 1995-2018: Major's re-election as Tory leader, the DUP
// deal, the Senate's test ban vote, the skinny repeal vote, Assange's asylum, ECOWAS and Ivory Coast, the Gaza flotilla,
// the Agra summit, the South China Sea ruling, Sargsyan's resignation) and heldout43 (Vivendi after Messier, Boeing and
// McDonnell Douglas, McLibel, Madoff's sentence, the spot-fixing bans, Sharapova's ban, Microsoft and Nokia, Vioxx,
// Piers Morgan's sacking, the Doha round's collapse), written at the start of the session after that by helpers who
// never saw the rules, measured at e235dc7 before any rule changed, and never looked at: heldout42 entities P 0.966
// R 0.976 F1 0.971 dup 0 | relations P 0.930 R 0.319; heldout43 entities P 0.839 R 0.827 F1 0.833 dup 5 | relations
// P 0.933 R 0.267; with that session's rules (parser mends, names cut short, implied companies, courts and chambers,
// counterparts, overturned rulings), heldout42 as above and heldout43 the same; both have been dev sets since.
// heldout44 (two UK, two US and six world politics stories of 1997-2020: Hague's election as Tory leader, Johnson
// removing the whip from 21 MPs, Lott giving up the Senate leadership, Trump's acquittal, Suharto's resignation, NATO's
// first strikes on Yugoslavia, Article 155 in Catalonia, the Ethiopia-Eritrea declaration, Colombia's peace referendum,
// the Israel-UAE deal) and heldout45 (Kraft Heinz and Unilever, BNP Paribas's sanctions plea, Lord Archer jailed,
// Ghosn's arrest, Cantona's ban, Michelle Smith de Bruin's ban, Cambridge Analytica, the EU's ban on British beef, CBS
// and the National Guard memos, UNESCO admitting Palestine), written at the start of the session after that by helpers
// who never saw the rules, measured at 8a35d2b before any rule changed, and never looked at: heldout44 entities
// P 0.907 R 0.942 F1 0.924 dup 2 | relations P 0.835 R 0.310; heldout45 entities P 0.902 R 0.940 F1 0.920 dup 2 |
// relations P 0.887 R 0.259; with that session's rules (names cut or glued, titles, pronouns' sex, a `he` carried
// over, offices after `of` a country, plural senators, disappointment, backing won, recognition, contracts ended),
// heldout44 relations P 0.825 (one edge of the -ing rule) and heldout45 relations P 0.889 R 0.265, entities the same;
// both have been dev sets since. heldout46 (two UK, two US and six world politics stories of 1995-2019: Scotland's
// referendum and Salmond's resignation, Davis and Johnson quitting over Chequers, Dayton, the Senate ending filibusters
// on nominees, Prodi losing a confidence vote, the inter-Korean summit, Jonathan conceding to Buhari, Morales resigning,
// Hariri resigning from Riyadh, Gillard replacing Rudd; its writer says an office of state stands next to a named
// country throughout, which makes it easier than real news) and heldout47 (Sanofi and Aventis, Wiedeking leaving
// Porsche, the vitamin cartel fines, Leeson jailed, Manchester City sold, Armstrong stripped of his titles, Google and
// Huawei, Alder Hey, Entwistle's resignation, Interpol's Meng Hongwei), written at the start of the session after that
// by helpers who never saw the rules, measured at 204eaf2 before any rule changed, and never looked at: heldout46
// entities P 0.952 R 0.983 F1 0.968 dup 0 | relations P 0.971 R 0.469; heldout47 entities P 0.843 R 0.917 F1 0.878
// dup 4 | relations P 0.861 R 0.239; with that session's rules (names, denied charges, `whose`, former states, acronyms), heldout46
// relations P 0.963 (one edge of the body-noun subject rule) and heldout47 relations P 0.865 R 0.248; both have been
// dev sets since. heldout48 (May's confidence vote, the Skripal expulsions, Hamdan v. Rumsfeld, Coleman conceding to
// Franken, the EU's sanctions on Russia, Park Geun-hye's impeachment, the Zimbabwe army takeover, the Doha agreement on
// Lebanon, De la Rua's resignation, Morrison replacing Turnbull) and heldout49 (Kalanick leaving Uber, Irving v.
// Lipstadt, the FIFA arrests in Zurich, Cronje sacked, the iPhone 4 antenna, the PIP implants, Clinton's ban on cloning
// funds, the Al Jazeera journalists sentenced in Egypt, Rushdie's knighthood, Trump halting WHO funding), written at the
// start of the session after that by helpers who never saw the rules, told this time to write as the outlet would
// print (offices without their country, long sentences), measured at dc322bf before any rule changed, and never
// looked at: heldout48 entities P 0.926 R 0.935 F1 0.931 dup 3 | relations P 0.886 R 0.380; heldout49 entities
// P 0.888 R 0.922 F1 0.904 dup 4 | relations P 0.794 R 0.273; with that session's rules (acts referred back to,
// family companies, spelled-out acronyms, offices of the country spoken for, portfolios), heldout48 relations P 0.888
// R 0.385 and heldout49 exactly the same; both have been dev sets since. heldout50 (politics: May sacking Williamson
// over the Huawei leak, Packwood resigning from the Senate, the Austrian court ordering the presidential run-off
// re-run, Montenegro's independence referendum, US sanctions on India after its nuclear tests, Jiang Zemin's state
// visit to Japan, the Mali coup, Saudi Arabia expelling Canada's ambassador, the Peru-Ecuador border treaty, Harper's
// government falling on the contempt vote) and heldout51 (ten stories of the other pages of 1995-2017: business,
// courts, crime, sport, technology, health, science, media, an international agency and the environment), written
// at the start of the session after that by helpers who never saw the rules, told again to write as the outlet would
// print, measured at 25a6f1d before any rule changed: heldout50 entities P 0.915 R 0.960 F1 0.937 dup 0 |
// relations P 0.894 R 0.412; heldout51 entities P 0.894 R 0.881 F1 0.887 dup 2 | relations P 0.815 R 0.336; both
// have been dev sets since. heldout52 (politics of 1995-2021: a Conservative MP crossing to Labour, a governor removed,
// a lost treaty referendum, an airline ban, a prime minister disqualified, a trawler captain released, a coup, a failed
// peace summit, a president resigning, a parliament prorogued) and heldout53 (the other pages of 1995-2021: a hostile
// bid, a perjury sentence, an insider-trading arrest, a collapsed football league, technology orders, a hospital
// inquiry, hacked emails, a satire row, a museum sued, a UN council's vote), written the same way at the start of the
// session after that, measured at 11b254a before any rule changed: heldout52 entities P 0.893 R 0.906 F1 0.900 dup 0
// | relations P 0.803 R 0.283; heldout53 entities P 0.905 R 0.876 F1 0.890 dup 1 | relations P 0.759 R 0.308; both
// have been dev sets since. heldout54 (politics of 2001-2019: a cabinet resignation, an FBI director fired, a
// confidence vote, a handover to a war crimes court, a border clash, an export-list sanction, an arrest warrant for a
// president, an election dispute, a coup, a coalition deal) and heldout55 (the other pages of 1995-2018: a hostile bid,
// convictions overturned, a doctor jailed, a ball-tampering ban, a company ordered split, a drug inquiry, gene-edited
// babies, a network chief resigning, antiquities returned, a record IMF rescue), written the same way at the start of
// the session after that, measured at 138aefe before any rule changed: heldout54 entities P 0.883 R 0.920 F1 0.901
// dup 2 | relations P 0.893 R 0.299; heldout55 entities P 0.860 R 0.846 F1 0.853 dup 0 | relations P 0.640 R 0.205;
// both have been dev sets since. heldout56 (politics of 1995-2021: a party expulsion, a budget veto and shutdown, a
// cabinet resigning over a report, a president impeached, a royal takeover, a snap dissolution, a state suspended from
// an international body, a botched covert operation, peace talks collapsing, a post-election standoff) and heldout57
// (the other pages of 1999-2020: a takeover fight, a data-transfer ruling, a central-bank theft, a club banned by its
// governing body, a cyberattack blamed on a state, a drug maker's guilty plea, scientists convicted, a fabricating
// reporter, statues destroyed, a country banned from the Olympics), written the same way at the start of the session
// after that, measured at ee8c9a5 before any rule changed (and unchanged by the session's first five rule commits):
// heldout56 entities P 0.877 R 0.906 F1 0.891 dup 1 | relations P 0.719 R 0.307; heldout57 entities P 0.874 R 0.914
// F1 0.894 dup 3 | relations P 0.767 R 0.284; both have been dev sets since. heldout58 (politics of 1997-2021: a
// defence secretary resigning, a party leader ousted, a government losing a confidence vote, diplomats expelled in
// turn, an election fraud ruling forcing a run-off, a summit, a border war, a coalition deal, a president removed by
// Congress, a coup) and heldout59 (the other pages of 1997-2016: a hostile takeover bid, a murder conviction reduced, a
// journalist's murder, a judging scandal, a regulator ending a free-data plan, drug makers dropping a lawsuit, a space
// telescope's servicing mission, newspaper cartoons, a director banned from a festival, tariffs ruled illegal), written
// the same way at the start of the session after that, measured at 3b4e232 before any rule changed (and unchanged by
// the session's first rule commit): heldout58 entities P 0.928 R 0.912 F1 0.920 dup 0 | relations P 0.848 R 0.335;
// heldout59 entities P 0.864 R 0.889 F1 0.876 dup 0 | relations P 0.846 R 0.405; both have been dev sets since.
// heldout60 (politics of 1999-2021: a former party leader suspended, a censure vote, a government toppled, a former
// president's arrest, a court overturning a dissolution, a security bill shelved, a peace deal, a vote to expel foreign
// troops, a tie-breaking vote, a switch of recognition) and heldout61 (the other pages of 1996-2020: an insolvency, a
// native title ruling, an assassination, a sports court ruling, a regulator suspending services, a minister's apology
// over infected blood, a scientist removed, a newspaper under trustees, a song contest ban, a charity's call for an
// inquiry), written the same way at the start of the session after that, measured at 6453527 before any rule changed:
// heldout60 entities P 0.872 R 0.850 F1 0.861 dup 1 | relations P 0.719 R 0.246; heldout61 entities P 0.887 R 0.932
// F1 0.909 dup 0 | relations P 0.848 R 0.297; both have been dev sets since.
// heldout62 (politics of 2004-2021: a vote halting an MP's suspension, a senator losing a primary, a minister voted out
// of a federal government, a former prime minister jailed, a chief justice impeached, a party dissolved by a court, a
// president recalled by his party, party members voting down their leader's plan, a mayor stripped of immunity, a
// motion to remove a Speaker) and heldout63 (the other pages of 2005-2021: a liquidation, a plunder conviction, a raid
// to seize a wanted man, a swimmer banned on appeal, a social network suspended, a health chief stepping down, a
// scientist's misconduct, stations kept off air, pledges to rebuild a cathedral, a UN agency head's resignation),
// written the same way at the start of the session after that, measured at 4bd490d before any rule changed (and
// unchanged by the session's first three rule commits): heldout62 entities P 0.935 R 0.921 F1 0.928 dup 0 | relations
// P 0.775 R 0.267; heldout63 entities P 0.881 R 0.870 F1 0.876 dup 0 | relations P 0.871 R 0.310; both have been dev
// sets since.
// heldout64 (politics of 1995-2018: peers delaying tax credit cuts, a judge blocking a travel ban, a president
// dissolving parliament, a parliament's vote against a member state's government, a prime minister resigning over an
// army chief's sacking, an opposition leader arrested for treason, regional sanctions after an unconstitutional
// succession, a state visit, an ambassador expelled over a leaked cable, a referendum rejecting independence) and
// heldout65 (the other pages of 2001-2018: an airline's grounding, a former dictator convicted of genocide, a journalist
// killed by a car bomb, a cricket league's chief suspended, a messaging app ordered blocked, a drug patent overridden, a
// physicist quitting after a no-confidence vote, an opposition daily suspended by its owner, an artist held over
// "economic crimes", a charity's deputy chief resigning), written the same way at the start of the session after that,
// measured at 3f7d51c before any rule changed (and unchanged by the session's first three rule commits): heldout64
// entities P 0.937 R 0.964 F1 0.951 dup 1 | relations P 0.861 R 0.331; heldout65 entities P 0.927 R 0.880 F1 0.903 dup
// 2 | relations P 0.787 R 0.280; both have been dev sets since.
// heldout66 (politics of 1999-2021: a referendum rejecting a new voting system, a senate rejecting a judge's
// nomination, a defence minister resigning over a copied doctorate, a name deal signed by two neighbours, a region's
// autonomy revoked, a governor jailed for blasphemy, a president sacking his deputy and cabinet, a prince accused of a
// plot, an assembly removing the top court's judges, a high court disqualifying a deputy prime minister) and heldout67
// (the other pages of 1997-2021: a broker closing over hidden losses, a cardinal's convictions quashed, a drug lord's
// escape from prison, a league banning a club owner for life, a messaging app's block lifted on appeal, vegetables
// wrongly blamed for an outbreak, an institute head resigning over a transplant scandal, a broadcaster found to have
// covered up an interviewer's deceit, a novelist tried for insulting the nation, a UN tribunal lifting a whistleblower's
// suspension), written the same way at the start of the session after that, measured at 7fe284a before any rule
// changed (and unchanged by the session's first four rule commits): heldout66 entities P 0.926 R 0.929 F1 0.927 dup 3 |
// relations P 0.825 R 0.357; heldout67 entities P 0.874 R 0.878 F1 0.876 dup 2 | relations P 0.843 R 0.302; both
// have been dev sets since.
// heldout68 (politics of 1996-2021: a deputy first minister resigning over a heating-subsidy scandal, a supreme court
// striking down a marriage law, voters rejecting the euro, a civil war's peace deal signed in the Kremlin, a president
// dismissing his prime minister and dissolving parliament, a coup detaining the elected leaders, a president fleeing
// into exile, a kingdom cutting ties with its rival after its embassy was stormed, opposition challengers arrested
// before an election and sanctions answering them, a prime minister firing a minister and referring allegations to the
// police) and heldout69 (the other pages of 1998-2018: a bank's collapse and a neighbour's assets frozen under an
// anti-terror law, a supreme court decriminalising gay sex, a child murderer's escape bringing down ministers, a league
// throwing a club out of the finals over a supplements programme, a country blaming its neighbour for cyber-attacks, the
// WHO raising its flu alert, a committee finding a psychologist faked data, a newspaper retracting a report and its
// president apologising, prosecutors confirming a hoard of looted art, member states voting out an agency's head),
// written the same way at the start of the session after that, measured at d03ca92 before any rule changed (and
// unchanged by the session's first five rule commits): heldout68 entities P 0.942 R 0.941 F1 0.941 dup 0 | relations P
// 0.909 R 0.435; heldout69 entities P 0.883 R 0.915 F1 0.899 dup 1 | relations P 0.825 R 0.280; both have been dev
// sets since.
// heldout70 (politics of 1995-2018: a first secretary resigning as a no-confidence motion is carried, a congress
// overriding a president's veto of a bill that lets families sue a kingdom, a prime minister resigning after a
// referendum defeat, a president sacking his whole government, a state of emergency with a former president and a chief
// justice arrested, a country recalling its ambassador over a leader's visit, an election commission declaring a winner
// the opposition rejects, a constitutional court banning a party, a sanctions law signed after a shootdown, a peace
// agreement for a secessionist island) and heldout71 (the other pages of 1995-2014: a board removing its chairman, a
// constitutional court abolishing the death penalty, an arms dealer arrested in a sting, a club president quitting after
// a tax-evasion sentence, a file-sharing site shut down and its founder arrested, a medical council striking off
// surgeons, physicists announcing a new particle, a magazine retracting a report after riots, an artwork destroyed by
// vandals, activists charged with piracy), written the same way at the start of the session after that, measured at
// 8327e59 before any rule changed: heldout70 entities P 0.886 R 0.934 F1 0.909 dup 1 | relations P 0.859 R 0.358;
// heldout71 entities P 0.877 R 0.895 F1 0.886 dup 3 | relations P 0.889 R 0.248. The session's first four rule commits,
// written before the pair was read, move heldout70's relations to P 0.860 R 0.363 and leave heldout71 unchanged; both
// have been dev sets since.
// heldout72 (politics of 1998-2020: a speaker forced out by a no-confidence motion over expenses, a supreme court
// striking down the line-item veto, a chancellor dismissing a commissioner after a state premier was elected with
// far-right votes, an international high representative sacking a president, a party expelling three leaders over its
// leader's foreign birth, a regime executing the leader's uncle, regional troops entering a kingdom to crush an army
// mutiny, a prime minister sacking his defence minister, a president dissolving congress and lawmakers suspending him,
// a deputy prime minister and thirteen MPs jailed for bribery) and heldout73 (the other pages of 2000-2021: a tour
// operator collapsing after its banks demanded more, a court ordering a state to cut emissions, a police chief blaming
// an intelligence service for an assassination, a football federation withdrawing a club from a European competition
// over match-fixing, a regulator ordering an app pulled days after a listing, a vaccination suspended after the maker's
// warning, scientists announcing a draft genome, police raiding a broadcaster, an opera house cancelling a production,
// a supreme court ordering a rights group liquidated), written the same way at the start of the session after that,
// measured at 6c41383 before any rule changed: heldout72 entities P 0.927 R 0.953 F1 0.940 dup 0 | relations P 0.725 R
// 0.318; heldout73 entities P 0.909 R 0.906 F1 0.907 dup 2 | relations P 0.871 R 0.362. The session's first three rule
// commits, written before the pair was read, leave both unchanged; both have been dev sets since.
// heldout74 (politics of 1997-2018: a party leader sacking his leader in the upper house over a secret deal, a senate
// ethics committee admonishing a senator over gifts, a president refusing a minister and the premier-designate giving up
// his mandate, a constitutional court suspending a president, a government losing a confidence vote after an ally
// withdrew its support, a supreme court ousting its chief justice, a country breaking off relations over a judge's
// warrants, a parliament impeaching an interior minister, voters rejecting a constitutional overhaul, a party leader
// unseated by one vote over an emissions scheme) and heldout75 (the other pages of 2011-2022: a central bank splitting a
// failed bank, a court ordering an oil company to pay for pollution, a butler arrested over leaked papers, a tennis
// player deported after a court upheld his visa's cancellation, a transport authority refusing a ride-hailing licence,
// a vaccine scandal, journals retracting studies built on a company's data, two journalists jailed, a court annulling a
// museum's status, a rights group defending a report), written the same way at the start of the session after that,
// measured at de74135 before any rule changed: heldout74 entities P 0.894 R 0.909 F1 0.901 dup 2 | relations P 0.798 R
// 0.311; heldout75 entities P 0.921 R 0.949 F1 0.935 dup 2 | relations P 0.800 R 0.271. The session's first rule
// changes, written before the pair was read, leave both unchanged; both have been dev sets since.
// heldout76 (politics of 1999-2022: an opposition frontbencher arrested over leaks, a house rebuking a congressman for
// heckling the president, a commission resigning en masse after a fraud report, a president ordering troops to shoot
// without warning as a foreign-led force arrives, a parliament electing a president after his predecessor fled, an
// assembly removing a president, a president rejecting an election result he had conceded, a president signing a deal
// that hands power to his deputy for immunity, a supreme court taking over a national assembly's powers, voters
// rejecting a republic) and heldout77 (the other pages of 2005-2018: a government nationalising a bank, a supreme court
// cancelling telecoms licences, prosecutors arresting an internet company's founder, a sports court upholding a
// skater's ban, a company's chairman calling an export ban unfair, a health minister tracing an outbreak to a factory,
// partners choosing a site for a fusion project, a media regulator suspending a news channel, a culture ministry
// sacking an opera's director, a global fund suspending a country's grants), written the same way at the start of the
// session after that, measured at 4e45250 before any rule changed: heldout76 entities P 0.958 R 0.932 F1 0.945 dup 0 |
// relations P 0.922 R 0.362; heldout77 entities P 0.895 R 0.868 F1 0.881 dup 0 | relations P 0.912 R 0.351. The
// session's first rule commit (dccf2d8), written before the pair was read, moves heldout76 relations to P 0.923 R 0.368
// and leaves heldout77 unchanged; both have been dev sets since.
// heldout78 (politics of 2006-2023: a prime minister sacking his home secretary and bringing back a former prime
// minister, a house expelling a congressman, a president's aide beating protesters, an acting president named as the
// speaker faces charges after a leader's death, an emergency postponing an election, students occupying a
// legislature over a trade pact, a ruling party ousting its chairman, a region voting for independence as its
// neighbours retaliate, a president resigning at the army chief's demand, a president dissolving the assembly to
// escape impeachment) and heldout79 (the other pages of 1999-2023: a bank's chief executive resigning over laundered
// money, a court convicting a death-camp guard, a mafia boss arrested, a football body suspending its president over
// a kiss, a regulator ordering an exchange to improve after a theft, a commission banning a country's chicken and
// eggs over dioxin, a telescope split between two sites, a president vetoing a media law, a bounty offered on an
// artist, a fund suspending a loan over hidden debt), written the same way at the start of the session after that,
// measured at 0bb718f before any rule changed: heldout78 entities P 0.941 R 0.950 F1 0.946 dup 0 | relations P 0.877
// R 0.353; heldout79 entities P 0.892 R 0.877 F1 0.884 dup 1 | relations P 0.819 R 0.283. The session's first two
// rule commits (08dbd62, 2b4a82c), written before the pair was read, move heldout78 relations P to 0.866 and leave
// heldout79 unchanged; both have been dev sets since.
// heldout80 (politics of 1996-2023: an inquiry report condemning ministers who refuse to resign, a governor resigning
// after an attorney general's harassment report, a president moving to dissolve parliament after it shields an MP from
// a corruption search, gunmen killing a prime minister and a speaker in parliament, a legislature making a vice-
// president acting president while the president is ill abroad, an election board annulling an opposition mayor's win,
// a cabinet offering to resign over protests at beef imports, a monarch refusing a dissolution and swearing in a new
// chief minister after defections, a president sworn in after a recount and a regional court's ruling, a prime minister
// resigning over a prosecutors' investigation) and heldout81 (the other pages of 2006-2019: a company founder
// confessing to a fake-cash fraud, a special court convicting a former ruler, a president defending the release of a
// drug lord's son after a cartel's assault on a city, women let into a stadium after pressure from football's world
// body, a decree blocking foreign social networks and software, a conglomerate's heir apologising for a hospital's part
// in an outbreak, a probe landing on the far side of the Moon, a supreme court upholding a media law that makes a group
// sell licences, arbitrators ordering a state to return paintings to an heir, a development bank cancelling a bridge
// credit over corruption), written the same way at the start of the session after that, measured at 94f3d5f before any
// rule changed: heldout80 entities P 0.915 R 0.905 F1 0.910 dup 4 | relations P 0.783 R 0.367; heldout81 entities P
// 0.902 R 0.879 F1 0.890 dup 4 | relations P 0.786 R 0.289. The session's first three rule commits (3eaa9f1, a2f336f,
// fa50fff), written before the pair was read, move heldout81 relations to P 0.789 R 0.294 and leave heldout80
// unchanged; both have been dev sets since.
// heldout82 (politics of 1996-2023: a parliamentary committee finding that a former prime minister misled the Commons,
// a senator convicted by a jury days before an election, a prime minister resigning over leaked documents, a president
// fleeing an uprising while the old parliament names an acting leader, protesters storming parliament and beating MPs
// after a speaker's election, a president dismissing the prime minister and suspending parliament, a legislature
// clearing a president of impeachment charges, a ruling party expelling its deputy leader a day after his dismissal, a
// prime minister stepping aside for a successor, a senate suspending three of its members) and heldout83 (the other
// pages of 1997-2023: a mining company's gold find exposed as a fraud, a former head of state convicted of corruption,
// arrests over the murder of an environmental campaigner, a government suspending its football league after a club
// owner walks on to the pitch with a gun, a privacy regulator ordering a chatbot's maker to stop processing its users'
// data, a government under fire after a nurse catches Ebola at home, a first Arab probe entering orbit around Mars,
// armed police raiding a newspaper group and switching off its television station, the destruction of an ancient temple
// confirmed by satellite, a lender censuring a member over its statistics), written the same way at the start of the
// session after that, measured at cca4b2e before any rule changed: heldout82 entities P 0.939 R 0.944 F1 0.942 dup 2 |
// relations P 0.915 R 0.345; heldout83 entities P 0.905 R 0.904 F1 0.905 dup 2 | relations P 0.918 R 0.372. The
// session's first three rule commits (9d24d7f, e695619, fc467e6), written on the dev sets before the pair was read,
// move heldout82 relations to P 0.914 R 0.341 (e695619, one right edge fewer) and leave heldout83 unchanged; both have been dev sets since.
// heldout84 (politics of 2002-2017: a devolved executive suspended and direct rule restored after a police raid on a
// party's offices, a state senate passing a union-bargaining bill while the minority is out of the state, a prime
// minister asking for early elections after his coalition partner quits over an intelligence-service scandal, a former
// prime minister arrested abroad after parliament lifts his immunity, a state of emergency with a raid on a television
// station and a snap election, an army clearing a protest camp and its leaders surrendering, a prime minister abducted
// by gunmen and freed hours later, an electoral commission annulling an election the opposition claimed to have won, a
// president abrogating the constitution and dismissing the judges after an appeal court's ruling, a congress set on
// fire after a secret senate vote on re-election) and heldout85 (the other pages of 1998-2023: a conglomerate calling
// off a share sale after a short seller's fraud report, a former prime minister convicted over a state fund, a country
// recalling its ambassador over a student's murder, a women's tennis tour suspending its tournaments in a country over
// a player's safety, a country making bitcoin legal tender, a government admitting bird flu after denying it as
// importers ban its chicken, a parliament passing a health database law, a government banning a magazine whose editor
// its leaders are suing, the outcry over a national museum's looting, a president signing a lender's reform programme),
// written the same way at the start of the session after that, measured at 97831ca before any rule changed: heldout84
// entities P 0.940 R 0.944 F1 0.942 dup 3 | relations P 0.926 R 0.383; heldout85 entities P 0.859 R 0.878 F1 0.869 dup
// 1 | relations P 0.864 R 0.314. The session's first two rule commits (01b33cf, 5327404), written on the dev sets
// before the pair was read, move heldout84 to entities F1 0.945, relations P 0.928 R 0.392 and heldout85 to entities F1
// 0.871, relations P 0.866 R 0.319; both have been dev sets since.
// heldout86 (politics of 2001-2023: a minister's order blocking a devolved parliament's gender recognition bill, a
// White House aide indicted in a leak inquiry and resigning, a prime minister's leaked speech followed by riots and the
// storming of state television, a guardian council barring thousands of candidates as lawmakers sit in, a prime
// minister removed by a no-confidence vote after the supreme court overturned the deputy speaker's ruling, a
// constitutional court dissolving a party, rebels shooting a president and ambushing a prime minister, junta troops
// firing on an opposition rally in a stadium, a government jailing 75 dissidents and accusing the US envoy, special
// forces boarding a refugee ship as the senate defeats a border bill) and heldout87 (the other pages of 1996-2020: a
// securities regulator's fraud order and a forestry company's chairman quitting, two former presidents sentenced for a
// coup and a massacre, a former intelligence deputy arrested over an activist's poisoning, a football squad refusing to
// train after a striker is sent home from the World Cup, a cartel office ordering a social network to stop combining
// users' data, a president defending a herbal remedy against the WHO's warnings, a science agency's climate cuts
// drawing protest, a regulator suspending a broadcaster's radio service over a documentary, cinema chains dropping a
// film after arson attacks, a financial task force putting a country on its grey list), written the same way at the
// start of the session after that, measured at 958bf0e before any rule changed: heldout86 entities P 0.929 R 0.967 F1
// 0.948 dup 3 | relations P 0.811 R 0.378; heldout87 entities P 0.904 R 0.906 F1 0.905 dup 3 | relations P 0.876 R
// 0.387; both have been dev sets since.
// heldout88 (politics of 1999-2023: a deputy prime minister resigning after a bullying inquiry and attacking it, a
// president pardoning a former sheriff, a parliament ratifying a naval base's lease amid eggs and smoke bombs, a
// president conceding an election to a billionaire's coalition, a parliament rejecting a levy on bank deposits, an army
// removing a president as protesters reject its military council, ten cabinet members quitting and a former president
// telling the president to resign, a ruling-party revolt collapsing before a no-confidence vote, a prime minister
// firing his defence minister and pausing a judicial overhaul after a general strike, a president resigning after his
// vice-president's murder) and heldout89 (the other pages of 1998-2016: a central bank removing five bank chiefs and
// injecting funds, the first genocide verdict by an international court, a prison gang's attacks on police, a football
// captain sent home before the World Cup, a state taking over a hacked certificate authority, toxic waste dumped in a
// city and a trader's executives charged, a minister sacking his drugs adviser as members of the panel resign, a
// broadcaster firing journalists who questioned its ban on protest footage, a gladiators' building collapsing and a
// culture minister told to resign, an Olympic committee suspending a national association), written the same way at the
// start of the session after that, measured at a80589b before any rule changed: heldout88 entities P 0.911 R 0.929 F1
// 0.920 dup 2 | relations P 0.905 R 0.369; heldout89 entities P 0.908 R 0.930 F1 0.919 dup 2 | relations P 0.800 R
// 0.306; both have been dev sets since.
// heldout90 (politics of 1996-2021: a prime minister rejecting a judge's call for a press law as his deputy backs it, a
// state's opposition lawmakers fleeing to another state to kill a redistricting map, a court of impeachment jailing a
// former minister, a foreign lawmaker's address from a speaker's chair setting off clashes and a ban on flights, a
// president dismissing a unity government after an armed faction takes a territory, a president's term extension
// drawing threats of sanctions, a regional union suspending a country after a presidential guard's coup, a constitution
// promulgated as regional parties boycott it and a neighbour only notes it, a government-backed faction seizing a
// party's headquarters and riots following, a president withdrawing a fuel-subsidy decree in a deal with indigenous
// leaders) and heldout91 (the other pages of 2006-2019: a government nationalising a bank after the central bank finds
// a capital hole, a tribunal convicting a prison chief, a party's leader and lawmakers arrested as a criminal
// organisation after a murder, a cricket council banning a player for not reporting a bookmaker's approaches, a cyber-
// attack taking a health service's patient data, a president denying a cholera outbreak as his minister blames another
// country, a researcher admitting he invented a paper's data, police keeping newspapers and radio stations shut over a
// general's letter, a country seeking charges over an environmental group's stunt, a food agency suspending aid over an
// armed group's threats), written the same way at the start of the session after that, measured at ef5ca41 before any
// rule changed: heldout90 entities P 0.912 R 0.933 F1 0.922 dup 0 | relations P 0.810 R 0.358; heldout91 entities P
// 0.921 R 0.923 F1 0.922 dup 2 | relations P 0.856 R 0.335; both have been dev sets since.
// heldout92 (politics of 1997-2023: a standards watchdog finding a former minister took cash from a store owner, a
// speaker removed by a motion to vacate, a court blocking a president's order expelling an anti-corruption chief, a
// government moving to expropriate an oil company's stake as another country threatens a response, a state outlawing a
// spiritual movement, a parliament revoking a security chief's appointment after protests, a state of emergency after
// clashes over a disputed vote, election results annulled after protesters seize the government building, a
// constitutional court jailing a former president for contempt, a president suspending his chief justice before an
// election) and heldout93 (the other pages of 2000-2022: an emirate refusing to guarantee a state company's debts, a
// supreme court acquitting a woman of blasphemy as a party protests, a film-maker's murder and a letter threatening a
// politician, a sumo champion retiring after assaulting a wrestler, a census website collapsing as a prime minister
// blames a contractor and the statistics bureau, a health officer saying a water utility knew of an outbreak, a
// scientist returning fossil bones, police shutting a daily newspaper after a court ruling, a country handing over
// looted bronzes, a UN human rights office's assessment of a region), written the same way at the start of the session
// after that, measured at 23c18d8 before any rule changed: heldout92 entities P 0.908 R 0.956 F1 0.931 dup 1 |
// relations P 0.845 R 0.326; heldout93 entities P 0.904 R 0.875 F1 0.889 dup 1 | relations P 0.859 R 0.341; both
// have been dev sets since.
// heldout94 (politics of 1997-2020: a prime minister overruling his adviser's finding that a minister bullied
// officials, a president firing an acting attorney general over a travel ban, a president refusing a prime minister's
// request to dissolve parliament, a president's decree putting his decisions beyond the courts, a constitutional court
// striking down a referendum on a third term, a constitutional court removing a prime minister over paid television
// shows, an electoral commission barring candidates over party links, an opposition leader arrested and charged with
// treason, a prime minister's supporters storming the supreme court during his contempt hearing, a government
// suspending a territory's government and imposing direct rule) and heldout95 (the other pages of 1999-2023: a bank
// buying a rival in a rescue the authorities arranged, a constitutional court finding a climate law partly
// unconstitutional, a journalist's murder, a rugby body ending a player's contract over a social media post, a
// regulator ordering a telecoms company to explain an outage, an ombud's report on psychiatric patients' deaths and a
// provincial health official resigning, a health minister halting a stem-cell trial, the authorities taking over a
// radio station, a museum opening with an appeal for marbles another museum refuses to return, a health agency's chief
// cancelling a goodwill ambassador's appointment), written the same way at the start of the session after that,
// measured at 5b4e218 before any rule changed (the session's first three rule commits, written while the helpers
// worked, leave both unchanged): heldout94 entities P 0.952 R 0.926 F1 0.939 dup 0 | relations P 0.944 R 0.368;
// heldout95 entities P 0.869 R 0.889 F1 0.879 dup 1 | relations P 0.866 R 0.418; both have been dev sets since.
// heldout96 (politics of 2011-2023: a cabinet minister resigning when charged over a partner's taking his speeding
// points, a senate refusing hearings for a supreme court nominee, a parliament suspending its president and calling a
// referendum on his removal, a prime minister resigning after parliament rejects his austerity package, a president
// quitting after protesters burn parliament and the army chief taking charge, a constitutional court annulling a
// president's re-election, a president entering the legislature with soldiers to demand a vote on a loan, a president
// appointing a justice minister days after prosecutors indict the minister's wife, a parliament voting down a foreign
// agents bill after protests, a prime minister invoking emergency powers against protest convoys) and heldout97 (the
// other pages of 2010-2018: a carmaker admitting it rigged fuel economy tests, a court sentencing a king's
// brother-in-law and acquitting the princess, a former president convicted of rape, a skier suspended over a lip cream
// holding a banned steroid, a government blocking an online encyclopaedia, a dairy company recalling baby milk as
// supermarkets admit selling recalled tins, a space agency's chief hinting at sabotage after a probe falls to Earth, a
// radio station firing a journalist whose team exposed the first lady's house, two states agreeing to buy a painter's
// portraits jointly, a UN telecoms agency's treaty signed by some countries and refused by others), written the same
// way at the start of the session after that, measured at 3afc4f6 before any rule changed (the session's first two
// rule commits, written while the helpers worked, leave both unchanged): heldout96 entities P 0.902 R 0.951 F1 0.926
// dup 2 | relations P 0.788 R 0.371; heldout97 entities P 0.855 R 0.878 F1 0.866 dup 5 | relations P 0.771 R 0.259;
// both have been dev sets since.
// heldout98 (politics of 2010-2023: an ambassador resigning after a president's attacks over his leaked cables, a
// senate convicting a judge at an impeachment trial, a prime minister pushing a pension reform through parliament
// without a vote, an international envoy imposing a ban on genocide denial, a state recalling its ambassador over a
// planned representative office, an interim president and his prime minister resigning at a regional summit, a region
// holding an election its federal chamber had declared void, a president sworn in after his predecessor resigns and
// the capital renamed, a royal decree allowing women to drive, a president hosting a foreign candidate and attacked at
// home for it) and heldout99 (the other pages of 2000-2017: a carmaker filing for bankruptcy after its former owner
// blocks a sale to foreign buyers, a supreme court striking down amnesty laws, a police ambush foiling a raid on a
// diamond exhibition, a tournament company stripping a country's union of its co-hosting rights, a computer-virus
// suspect appearing with his lawyer, union officials jailed for contempt over a doctors' strike, a rocket exploding on
// its launch pad, a president signing a law that puts public broadcasters under government control, a culture minister
// arrested over a blacklist of artists, a state ordering an atomic agency's inspectors out), written the same way at
// the start of the session after that, measured at 02c2e5f before any rule changed: heldout98 entities P 0.869 R 0.935
// F1 0.901 dup 3 | relations P 0.852 R 0.428; heldout99 entities P 0.892 R 0.936 F1 0.913 dup 2 | relations P 0.807
// R 0.469; both have been dev sets since.
// heldout100 (politics of 1995-2023: an inquiry finding that a prime minister took his country to war before peaceful
// options were exhausted, a governor signing an immigration law a president calls misguided, a country applying to
// join a military alliance as a neighbour warns against it, a former president and his interior minister sentenced to
// life as the acquittal of police commanders sparks protests, voters rejecting a draft constitution, a president
// withdrawing his country from an international court, the last foreign troops leaving a country after 29 years, a new
// state declaring independence with its former ruler's president attending, an opposition leader disqualified from
// parliament after a defamation conviction, a prime minister apologising to the stolen generations) and heldout101
// (the other pages of 2000-2022: an internet company agreeing to buy a media group, a constitutional court annulling a
// law passed without a quorum, police saying a suspect confessed to a killing after a neighbouring state handed him
// over, a football body threatening to suspend a country whose president withdrew its teams, a minister blaming a
// telecom company for a data breach, a UN envoy attacking a government's AIDS policy, a committee on scientific
// dishonesty judging a book, a national court upholding libel sentences a president won against a newspaper, a poet's
// remains exhumed to test claims that he was poisoned, a heritage committee stripping a valley of its status over a
// bridge), written the same way at the start of the session after that, measured at b762e33 before any rule changed:
// heldout100 entities P 0.912 R 0.935 F1 0.924 dup 0 | relations P 0.873 R 0.480; heldout101 entities P 0.936 R 0.956
// F1 0.946 dup 1 | relations P 0.911 R 0.392; both have been dev sets since.
// heldout102 (politics of 2011-2020: a prime minister vetoing a treaty change after two partners reject his protocol,
// a president halting the deportation of young immigrants, a prime minister resigning after the murder of a
// journalist, a king abdicating in favour of his son, a former colonial power launching air strikes at an interim
// president's request, a vice-president sworn in after a president's death despite ministers' attempt to block her, a
// president resigning after congress strips his immunity, a prime minister visiting a war shrine, a ceasefire signed
// as protesters storm parliament, two old foes agreeing to restore diplomatic relations) and heldout103 (the other
// pages of 2003-2015: a prime minister accusing a mining company of cheating on its export prices, a court sentencing
// a company's former owners over an asbestos disaster, a bombing and a shooting charged under a terrorism law, police
// arresting cricketers for spot-fixing, a search company moving its users to escape censorship, a health director
// resigning over heat-wave deaths, a chemistry union crediting a team with a new element, a channel suspending a
// satirist's show, a revolutionary court banning a film-maker, an oil cartel keeping its output ceiling), written the
// same way at the start of the session after that, measured at 0abf785 before any rule changed: heldout102 entities P
// 0.879 R 0.940 F1 0.908 dup 2 | relations P 0.824 R 0.419; heldout103 entities P 0.927 R 0.921 F1 0.924 dup 1 |
// relations P 0.827 R 0.363; both have been dev sets since.
// heldout104 (politics of 1995-2019: a chancellor giving the central bank independence over interest rates, a
// president relieving a general of his command over a magazine article, a chancellor losing a confidence vote on
// purpose to force an early election, a governing party winning without a majority as foreigners are arrested over an
// alleged election-day plot, a parliament electing a president after deadlocked rounds, an electoral commission
// declaring a winner whom the runner-up and the bishops dispute, a government arresting ruling-party critics and
// suspending the private press, a supreme court banning an opposition party as terrorist, a crown prince deposing his
// father while abroad, an opposition candidate ending seventy-one years of one party's rule) and heldout105 (the other
// pages of 1997-2021: a state mining company asking a court to wind up a copper mine's owner, a special court
// convicting a former prime minister without punishment, police naming a missing girl's parents as suspects, a tennis
// tour fining a tournament after its country refuses a player a visa, a software firm closing a subsidiary that sold
// users' browsing data, a health service's inquiry into a death in a hospital, a chemist winning a Nobel prize for a
// discovery long ridiculed, a newspaper editor shot dead, a king opening a museum days after separatists kill a
// policeman outside it, a regional association excluding a junta chief from its summit), written the same way at the
// start of the session after that, measured at 208a50c before any rule changed: heldout104 entities P 0.924 R 0.973 F1
// 0.948 dup 4 | relations P 0.882 R 0.431; heldout105 entities P 0.898 R 0.840 F1 0.868 dup 2 | relations P 0.796 R
// 0.303; both have been dev sets since.
// heldout106 (politics of 1999-2021: a health secretary resigning over pictures of him with an aide, a group of
// senators heading off a change to the filibuster rules, a president refusing to sign a repayment law and sending it
// to a referendum, a president rebuking and then firing his finance minister, six candidates withdrawing on the eve of
// a vote they call rigged, an electoral council suspending a recall drive, a president naming his election rival
// defence minister, a parliament extending a president's term a day after a UN resolution, two rivals ending their
// standoff with a handshake, a prime minister withdrawing banknotes as legal tender) and heldout107 (the other pages
// of 1999-2022: a retailer's chief executive and finance director resigning over profits overstated at a US unit, a
// court convicting a vice-president of fraud over road contracts, police charging two men over a councilwoman's
// killing, two cricketers wearing black armbands to mourn democracy, a search company counting households that ask to
// be blurred as a minister presses it, a company's head apologising for deaths linked to a humidifier sterilizer, a
// space agency losing an orbiter to a mix-up of units, a regulator revoking a news site's registration over foreign
// ownership, militants destroying shrines as UNESCO and the ICC protest, a regional league suspending a member state),
// written the same way at the start of the session after that, measured at e889109 before any rule changed: heldout106
// entities P 0.899 R 0.903 F1 0.901 dup 1 | relations P 0.790 R 0.386; heldout107 entities P 0.865 R 0.865 F1 0.865
// dup 1 | relations P 0.848 R 0.441; both have been dev sets since.
// heldout108 (politics of 1998-2023: a speaker ruling out a third vote on an unchanged deal, a president declaring a
// national emergency to pay for a wall the legislature refused, a supreme court ruling that a province cannot secede
// on its own, a president appointing a caretaker prime minister over the coalition's candidate, a lower house
// rejecting a region's plan of free association, a president withdrawing a constitutional bill after riots, a UN
// envoy's report condemning mass demolitions, a constitutional court blocking a party's suspension before a run-off, a
// president breaking a tied election by appointing a prime minister, a government buying disputed islets as a
// neighbour sends patrol ships) and heldout109 (the other pages of 2001-2022: a minister rejecting a hostile bid for a
// fertiliser maker, a constitutional court striking down a leader's immunity law, a gang robbing a cash depot after
// kidnapping its manager, gunmen ambushing a football team's bus, a prime minister ordering a video site blocked over
// a film, a dairy exporter's contamination scare and recall, scientists announcing a new human species as another
// disputes it, a state-controlled company's managers taking over a television newsroom, a novelist declining a
// national honour, a health agency's alert over cough syrups linked to children's deaths), written the same way at the
// start of the session after that, measured at d9f290b before any rule changed: heldout108 entities P 0.899 R 0.938 F1
// 0.918 dup 1 | relations P 0.881 R 0.453; heldout109 entities P 0.852 R 0.930 F1 0.889 dup 2 | relations P 0.868 R
// 0.455; both have been dev sets since.
// heldout110 (politics of 1999-2019: a deputy prime minister dropping an upper-house reform after a backbench
// rebellion, a federal judge refusing to order a feeding tube reinserted under an emergency law, a parliament banning
// semi-automatic weapons after mosque attacks, a government arresting a neighbour's officers as spies, a kingdom
// stripping a cleric of his citizenship, a state of emergency after police fire on striking oil workers, a chancellor
// protesting that an ally's agency tapped her phone, an opposition giving up its seats in parliament, a deputy barred
// from her oath for wearing a headscarf, an opposition leader releasing tapes that link a president to a journalist's
// disappearance) and heldout111 (the other pages of 2006-2021: an airline grounding its fleet and locking out staff in
// a union dispute, a supreme court freeing a foreigner whose arrest police staged for television, a terror suspect
// escaping from detention, a coach faulting a football body after a player's cardiac arrest, a stock exchange halting
// a day's trading after a hardware failure, an investment tribunal rejecting a tobacco maker's claim against a state's
// anti-smoking laws, church leaders asking a museum to hide human fossils, journalists striking after a propaganda
// chief censored their editorial, a president unveiling a costly monument amid protests, a monetary fund declaring a
// country in arrears), written the same way at the start of the session after that, measured at d49618a before any
// rule changed: heldout110 entities P 0.922 R 0.933 F1 0.928 dup 2 | relations P 0.835 R 0.406; heldout111 entities P
// 0.844 R 0.867 F1 0.855 dup 3 | relations P 0.790 R 0.426; both have been dev sets since.
// heldout112 (politics of 2001-2024: a deportation bill clearing parliament over UN agencies' objections, a president
// giving notice of withdrawal from a missile treaty, a government admitting its mink cull order had no legal basis, a
// neighbour threatening a country that halted sanctioned goods bound for an exclave, a parliament expelling MPs filmed
// taking cash for questions, senators voting to keep an envelope of bank records sealed in a president's trial, a
// parliament voting to stop working with its auditor general, a unity government's council arriving in the capital by
// sea, a president pardoning his predecessor days after surviving an impeachment vote, a country taking its neighbour
// to the world court over pulp mills) and heldout113 (the other pages of 2007-2022: a labour federation's general
// strike over a drug maker's job cuts, a supreme court approving a former president's extradition, a president saying
// his country is at war with a ransomware gang, a sprinter losing a relay gold after a team-mate's disqualification, a
// computer worm infecting staff computers at a nuclear plant, a king saying the country failed in a pandemic, a
// government granting an export licence for a bird-flu paper, a president admitting a serious mistake over a voicemail
// to an editor, an arrest after a fire destroyed a historic gate, a development bank's president cleared by a review),
// written the same way at the start of the session after that, measured at 1dc6df3 before any rule changed: heldout112
// entities P 0.909 R 0.952 F1 0.930 dup 0 | relations P 0.952 R 0.445; heldout113 entities P 0.942 R 0.929 F1 0.936 dup
// 2 | relations P 0.881 R 0.515; both have been dev sets since.
// heldout114 (politics of 1999-2024: fuel protesters lifting refinery blockades with a deadline for the prime minister,
// a special counsel declining to charge a president, a standing committee reversing a territory's top court, a
// dictator's remains moved from a monument, a supreme court head defying a law forcing her to retire, a colonel
// stripping the transitional president and prime minister of their powers, a court ruling a government broke the law
// by letting an indicted president leave, a referendum approving a trade agreement, a prime minister refusing to join a
// war without UN approval, a soldier freed in exchange for prisoners) and heldout115 (the other pages of 2006-2018:
// bakers admitting bread price-fixing, a supreme court opening a temple to women, a ship's captain under house arrest,
// a football association suspending two players at a World Cup, identity cards suspended over a chip flaw, a health
// body declaring a global emergency, a galleon's wreck found, a broadcaster's hoax bulletin, artworks moved between two
// regions' museums, a football confederation stripping a country of a tournament), written the same way at the start
// of the session after that, measured at 98cc4b6 before any rule changed: heldout114 entities P 0.918 R 0.944 F1 0.930
// dup 1 | relations P 0.864 R 0.381; heldout115 entities P 0.866 R 0.917 F1 0.891 dup 0 | relations P 0.783 R 0.478;
// both have been dev sets since.
// heldout116 (politics of 1998-2024: a prime minister ordering a new inquiry into a massacre, a president dissolving
// business councils after chief executives quit them, a minister's plane refused landing and another minister escorted
// to a border, a president calling on supporters to confront protesters, rebel commanders addressing a congress, a
// justice ordering a social network suspended nationwide, a president proposing to end the direct election of
// governors, a firm sacking its unionised dock workforce with a government's backing, a government applying for a
// rescue while its junior partner demands an election, a fugitive general arrested abroad) and heldout117 (the other
// pages of 2012-2023: a government backing a conglomerate's bid for an energy business and taking a stake, a supreme
// court ruling that parliament must approve leaving a union, militants claiming the shooting of a schoolgirl, life bans
// after a stadium crush, a platform blocking news, a new government repealing a smokefree-generation law, a science
// adviser calling an army's cure a scandal, a broadcaster off the air on a regulator's order, a minister dismissing a
// museum's director, a country leaving the Commonwealth), written the same way at the start of the session after that,
// measured at 81eb698 before any rule changed: heldout116 entities P 0.899 R 0.944 F1 0.921 dup 3 | relations P 0.854
// R 0.436; heldout117 entities P 0.881 R 0.940 F1 0.910 dup 1 | relations P 0.765 R 0.463; both have been dev sets since.
// heldout118 (politics of 2001-2021: a prime minister putting off local elections because of an animal epidemic, a
// president recognising a genocide as the accused country protests, a president postponing a state visit after a prime
// minister says a territory is not for sale, a president agreeing with an opposition alliance to give up his army post,
// a country agreeing with three foreign ministers to suspend uranium enrichment, a ruling party rejecting its own prime
// minister's plan for a cabinet of technocrats after an assassination, a government ordering refugee camps closed, a
// president choosing one customs union over another bloc's agreement, a president announcing his separation from an
// ally abroad, a constitutional court confirming a disputed re-election) and heldout119 (the other pages of 2008-2024:
// a central bank placing a lender under curatorship, a constitutional court giving a central bank three months to
// justify its bond buying, a police officer charged with murdering a teenager as riots spread, a judge throwing out a
// women's team's equal-pay claim, a prime minister dropping an internet tax after protests, inspectors at a drug maker's
// plant as deaths linked to its supplements rise, a lunar lander crashing, an editor fired after a regulator's warning
// and her staff walking out, a court lifting a film's ban for seven days, an Olympic committee approving a joint team
// of two countries), written the same way at the start of the session after that, measured at 55be1c7 before any rule
// changed: heldout118 entities P 0.924 R 0.975 F1 0.949 dup 1 | relations P 0.906 R 0.436; heldout119 entities P
// 0.938 R 0.958 F1 0.948 dup 1 | relations P 0.825 R 0.457; both have been dev sets since.
// heldout120 (politics of 1998-2024: an inquiry finding a police force institutionally racist, a federal judge jailing
// a county clerk for refusing marriage licences, a defence council bringing back conscription, two rivals signing a
// pact that lets one form a minority government, a king naming his son heir in place of his brother, police storming
// an embassy to arrest a former vice-president and the embassy's country breaking off relations, the head of a
// regional organization resigning to face bribery allegations at home, two allies agreeing to deploy a missile-defence
// system as a neighbour objects, a regional bloc's troops entering a kingdom at its request, a speaker resigning after
// honouring a veteran of a Nazi unit) and heldout121 (the other pages of 2010-2023: a central bank scrapping its
// currency cap, a constitutional tribunal upholding an abortion law, an Olympic official arrested abroad over ticket
// resales, a sports body's chief executive leaving and its board stepping down, a cyber security centre finding a
// censorship tool in a phone, a health minister resigning over a vaccination scandal, an anti-satellite test and a row
// over the election code, a court fining a news site for contempt over readers' comments, a regional parliament
// banning bullfighting, an international lender approving a bailout), written the same way at the start of the session
// after that, measured at 15e5523 before any rule changed: heldout120 entities P 0.877 R 0.953 F1 0.914 dup 5 |
// relations P 0.831 R 0.366; heldout121 entities P 0.862 R 0.875 F1 0.868 dup 0 | relations P 0.863 R 0.442.
const BOUNDS: ReadonlyArray<readonly [Corpus, Metric, '>=' | '<=', number]> = [
  ['seeds', 'entities F1', '>=', 0.95],
  ['seeds', 'entity duplicates', '<=', 0],
  ['seeds', 'relations F1', '>=', 0.95],
  ['seeds', 'evidence', '>=', 0.95],
  ['heldout', 'entities F1', '>=', 0.97],
  ['heldout', 'entity duplicates', '<=', 0],
  ['heldout', 'relations precision', '>=', 0.98],
  ['heldout', 'relations recall', '>=', 0.69],
  ['heldout', 'evidence', '>=', 0.95],
  ['heldout2', 'entities F1', '>=', 0.95],
  ['heldout2', 'entity duplicates', '<=', 1],
  ['heldout2', 'relations precision', '>=', 0.95],
  ['heldout2', 'relations recall', '>=', 0.53],
  ['heldout2', 'evidence', '>=', 0.95],
  ['heldout3', 'entities F1', '>=', 0.94],
  ['heldout3', 'entity duplicates', '<=', 0],
  ['heldout3', 'relations precision', '>=', 0.98],
  ['heldout3', 'relations recall', '>=', 0.5],
  ['heldout3', 'evidence', '>=', 0.95],
  ['heldout4', 'entities F1', '>=', 0.88],
  ['heldout4', 'entity duplicates', '<=', 1],
  ['heldout4', 'relations precision', '>=', 0.96],
  ['heldout4', 'relations recall', '>=', 0.51],
  ['heldout4', 'evidence', '>=', 0.95],
  ['heldout5', 'entities F1', '>=', 0.94],
  ['heldout5', 'entity duplicates', '<=', 1],
  ['heldout5', 'relations precision', '>=', 0.92],
  ['heldout5', 'relations recall', '>=', 0.54],
  ['heldout5', 'evidence', '>=', 0.95],
  ['heldout6', 'entities F1', '>=', 0.9],
  ['heldout6', 'entity duplicates', '<=', 3],
  ['heldout6', 'relations precision', '>=', 0.91],
  ['heldout6', 'relations recall', '>=', 0.44],
  ['heldout6', 'evidence', '>=', 0.95],
  ['heldout7', 'entities F1', '>=', 0.95],
  ['heldout7', 'entity duplicates', '<=', 1],
  ['heldout7', 'relations precision', '>=', 0.94],
  ['heldout7', 'relations recall', '>=', 0.6],
  ['heldout7', 'evidence', '>=', 0.95],
  ['heldout8', 'entities F1', '>=', 0.94],
  ['heldout8', 'entity duplicates', '<=', 2],
  ['heldout8', 'relations precision', '>=', 0.93],
  ['heldout8', 'relations recall', '>=', 0.62],
  ['heldout8', 'evidence', '>=', 0.95],
  ['heldout9', 'entities F1', '>=', 0.93],
  ['heldout9', 'entity duplicates', '<=', 1],
  ['heldout9', 'relations precision', '>=', 0.95],
  ['heldout9', 'relations recall', '>=', 0.58],
  ['heldout9', 'evidence', '>=', 0.95],
  ['heldout10', 'entities F1', '>=', 0.93],
  ['heldout10', 'entity duplicates', '<=', 1],
  ['heldout10', 'relations precision', '>=', 0.94],
  ['heldout10', 'relations recall', '>=', 0.55],
  ['heldout10', 'evidence', '>=', 0.95],
  ['heldout11', 'entities F1', '>=', 0.93],
  ['heldout11', 'entity duplicates', '<=', 2],
  ['heldout11', 'relations precision', '>=', 0.9],
  ['heldout11', 'relations recall', '>=', 0.48],
  ['heldout11', 'evidence', '>=', 0.95],
  ['heldout12', 'entities F1', '>=', 0.87],
  ['heldout12', 'entity duplicates', '<=', 3],
  // (0.92 since 33ad0d0: `received the Academy Fellowship` reads a meeting with an award taken for a body, where
  // `receive` found two true meetings on heldout and heldout3.)
  ['heldout12', 'relations precision', '>=', 0.92],
  ['heldout12', 'relations recall', '>=', 0.44],
  ['heldout12', 'evidence', '>=', 0.95],
  ['heldout13', 'entities F1', '>=', 0.92],
  ['heldout13', 'entity duplicates', '<=', 3],
  ['heldout13', 'relations precision', '>=', 0.89],
  ['heldout13', 'relations recall', '>=', 0.58],
  ['heldout13', 'evidence', '>=', 0.95],
  ['heldout14', 'entities F1', '>=', 0.87],
  ['heldout14', 'entity duplicates', '<=', 2],
  ['heldout14', 'relations precision', '>=', 0.89],
  ['heldout14', 'relations recall', '>=', 0.38],
  ['heldout14', 'evidence', '>=', 0.95],
  ['heldout15', 'entities F1', '>=', 0.9],
  ['heldout15', 'entity duplicates', '<=', 3],
  ['heldout15', 'relations precision', '>=', 0.92],
  ['heldout15', 'relations recall', '>=', 0.53],
  ['heldout15', 'evidence', '>=', 0.95],
  ['heldout16', 'entities F1', '>=', 0.84],
  ['heldout16', 'entity duplicates', '<=', 2],
  ['heldout16', 'relations precision', '>=', 0.88],
  ['heldout16', 'relations recall', '>=', 0.4],
  ['heldout16', 'evidence', '>=', 0.95],
  ['heldout17', 'entities F1', '>=', 0.93],
  ['heldout17', 'entity duplicates', '<=', 1],
  ['heldout17', 'relations precision', '>=', 0.96],
  ['heldout17', 'relations recall', '>=', 0.46],
  ['heldout17', 'evidence', '>=', 0.95],
  ['heldout18', 'entities F1', '>=', 0.83],
  ['heldout18', 'entity duplicates', '<=', 4],
  ['heldout18', 'relations precision', '>=', 0.9],
  ['heldout18', 'relations recall', '>=', 0.33],
  ['heldout18', 'evidence', '>=', 0.95],
  ['gumnews', 'entities F1', '>=', 0.89],
  ['gumnews', 'entity duplicates', '<=', 3],
  ['gumnews', 'relations precision', '>=', 0.96],
  ['gumnews', 'relations recall', '>=', 0.49],
  ['gumnews', 'evidence', '>=', 0.95],
  ['heldout19', 'entities F1', '>=', 0.91],
  ['heldout19', 'entity duplicates', '<=', 1],
  ['heldout19', 'relations precision', '>=', 0.93],
  ['heldout19', 'relations recall', '>=', 0.56],
  ['heldout19', 'evidence', '>=', 0.95],
  ['heldout20', 'entities F1', '>=', 0.85],
  ['heldout20', 'entity duplicates', '<=', 0],
  ['heldout20', 'relations precision', '>=', 0.85],
  ['heldout20', 'relations recall', '>=', 0.39],
  ['heldout20', 'evidence', '>=', 0.95],
  ['heldout21', 'entities F1', '>=', 0.9],
  ['heldout21', 'entity duplicates', '<=', 1],
  ['heldout21', 'relations precision', '>=', 0.92],
  ['heldout21', 'relations recall', '>=', 0.52],
  ['heldout21', 'evidence', '>=', 0.95],
  ['heldout22', 'entities F1', '>=', 0.84],
  ['heldout22', 'entity duplicates', '<=', 1],
  ['heldout22', 'relations precision', '>=', 0.92],
  ['heldout22', 'relations recall', '>=', 0.41],
  ['heldout22', 'evidence', '>=', 0.95],
  ['heldout23', 'entities F1', '>=', 0.92],
  ['heldout23', 'entity duplicates', '<=', 1],
  ['heldout23', 'relations precision', '>=', 0.9],
  ['heldout23', 'relations recall', '>=', 0.44],
  ['heldout23', 'evidence', '>=', 0.95],
  ['heldout24', 'entities F1', '>=', 0.87],
  ['heldout24', 'entity duplicates', '<=', 1],
  ['heldout24', 'relations precision', '>=', 0.88],
  ['heldout24', 'relations recall', '>=', 0.39],
  ['heldout24', 'evidence', '>=', 0.95],
  ['heldout25', 'entities F1', '>=', 0.91],
  ['heldout25', 'entity duplicates', '<=', 2],
  ['heldout25', 'relations precision', '>=', 0.88],
  ['heldout25', 'relations recall', '>=', 0.38],
  ['heldout25', 'evidence', '>=', 0.95],
  ['heldout26', 'entities F1', '>=', 0.87],
  // (5 since the Italian Treasury is found: gold gives it the alias `Treasury`, which another node is named.)
  ['heldout26', 'entity duplicates', '<=', 5],
  // (.911 -> .897: `angered by the sale of the midfielder X` reads the one sold as the doer of the sale.)
  ['heldout26', 'relations precision', '>=', 0.89],
  ['heldout26', 'relations recall', '>=', 0.29],
  ['heldout26', 'evidence', '>=', 0.95],
  ['heldout27', 'entities F1', '>=', 0.93],
  ['heldout27', 'entity duplicates', '<=', 1],
  ['heldout27', 'relations precision', '>=', 0.9],
  ['heldout27', 'relations recall', '>=', 0.35],
  ['heldout27', 'evidence', '>=', 0.95],
  ['heldout28', 'entities F1', '>=', 0.86],
  // (5 since the listed companies: `Invesco` alone is the listed company, apart from `Invesco Perpetual`, which the gold
  // merges; its entities F1 rose 0.883 -> 0.904. 6 since joint places open a body's name: the false `Wales Cricket
  // Board` is now the `England and Wales Cricket Board`, which the article's `ECB` does not abbreviate letter for letter;
  // likewise heldout18 and heldout35.)
  ['heldout28', 'entity duplicates', '<=', 6],
  ['heldout28', 'relations precision', '>=', 0.83],
  ['heldout28', 'relations recall', '>=', 0.36],
  ['heldout28', 'evidence', '>=', 0.95],
  ['heldout29', 'entities F1', '>=', 0.94],
  ['heldout29', 'entity duplicates', '<=', 1],
  ['heldout29', 'relations precision', '>=', 0.92],
  ['heldout29', 'relations recall', '>=', 0.39],
  ['heldout29', 'evidence', '>=', 0.94],
  ['heldout30', 'entities F1', '>=', 0.87],
  ['heldout30', 'entity duplicates', '<=', 6],
  ['heldout30', 'relations precision', '>=', 0.77],
  ['heldout30', 'relations recall', '>=', 0.34],
  ['heldout30', 'evidence', '>=', 0.94],
  ['heldout31', 'entities F1', '>=', 0.91],
  // (`"Ming has won", he said`: a nickname opening a quote is a name, as any word no dictionary knows, but no one
  // the article names in full.)
  ['heldout31', 'entity duplicates', '<=', 1],
  ['heldout31', 'relations precision', '>=', 0.88],
  ['heldout31', 'relations recall', '>=', 0.37],
  ['heldout31', 'evidence', '>=', 0.95],
  ['heldout32', 'entities F1', '>=', 0.88],
  ['heldout32', 'entity duplicates', '<=', 3],
  // (.949 -> .918 when `said Carlsberg had breached the agreement` became criticism: right, but the headline's
  // `Carlsberg-Heineken bid` makes one node of the two brewers, which gold keeps apart; .908 -> .894 when a post in a
  // body named as a party anywhere in the article became membership, which this set's gold leaves out for leaders and
  // spokesmen where later sets put it in.)
  ['heldout32', 'relations precision', '>=', 0.88],
  ['heldout32', 'relations recall', '>=', 0.39],
  ['heldout32', 'evidence', '>=', 0.95],
  ['heldout33', 'entities F1', '>=', 0.92],
  ['heldout33', 'entity duplicates', '<=', 1],
  ['heldout33', 'relations precision', '>=', 0.73],
  ['heldout33', 'relations recall', '>=', 0.37],
  ['heldout33', 'evidence', '>=', 0.95],
  ['heldout34', 'entities F1', '>=', 0.9],
  ['heldout34', 'entity duplicates', '<=', 2],
  ['heldout34', 'relations precision', '>=', 0.87],
  ['heldout34', 'relations recall', '>=', 0.49],
  ['heldout34', 'evidence', '>=', 0.95],
  ['heldout35', 'entities F1', '>=', 0.85],
  ['heldout35', 'entity duplicates', '<=', 2],
  // (0.818 at 79c9ed4, 0.800 since 33ad0d0's verbs: one false edge, not read.)
  ['heldout35', 'relations precision', '>=', 0.78],
  ['heldout35', 'relations recall', '>=', 0.24],
  ['heldout35', 'evidence', '>=', 0.95],
  ['heldout36', 'entities F1', '>=', 0.93],
  ['heldout36', 'entity duplicates', '<=', 1],
  // (0.65 since senators are placed in the Senate: gold names two senates `Senate` (the US and the Brazilian one), so
  // the scorer matches the US Senate's node to the Brazilian; the 13 edges it counts false are all gold's own.)
  ['heldout36', 'relations precision', '>=', 0.65],
  ['heldout36', 'relations recall', '>=', 0.26],
  ['heldout36', 'evidence', '>=', 0.95],
  ['heldout37', 'entities F1', '>=', 0.89],
  ['heldout37', 'entity duplicates', '<=', 1],
  ['heldout37', 'relations precision', '>=', 0.82],
  ['heldout37', 'relations recall', '>=', 0.29],
  ['heldout37', 'evidence', '>=', 0.95],
  ['heldout38', 'entities F1', '>=', 0.87],
  // (3 since a country's body is named by its own words: gold gives the Kenyan court and the Paraguayan congress the
  // aliases `Supreme Court` and `Congress`, which the British court and the Indian party are named.)
  ['heldout38', 'entity duplicates', '<=', 3],
  ['heldout38', 'relations precision', '>=', 0.70],
  ['heldout38', 'relations recall', '>=', 0.29],
  ['heldout38', 'evidence', '>=', 0.95],
  ['heldout39', 'entities F1', '>=', 0.85],
  ['heldout39', 'entity duplicates', '<=', 1],
  ['heldout39', 'relations precision', '>=', 0.77],
  ['heldout39', 'relations recall', '>=', 0.22],
  ['heldout39', 'evidence', '>=', 0.95],
  ['heldout40', 'entities F1', '>=', 0.94],
  ['heldout40', 'entity duplicates', '<=', 1],
  ['heldout40', 'relations precision', '>=', 0.86],
  ['heldout40', 'relations recall', '>=', 0.39],
  ['heldout40', 'evidence', '>=', 0.95],
  ['heldout41', 'entities F1', '>=', 0.88],
  ['heldout41', 'entity duplicates', '<=', 2],
  ['heldout41', 'relations precision', '>=', 0.87],
  ['heldout41', 'relations recall', '>=', 0.3],
  ['heldout41', 'evidence', '>=', 0.95],
  ['heldout42', 'entities F1', '>=', 0.95],
  ['heldout42', 'entity duplicates', '<=', 1],
  ['heldout42', 'relations precision', '>=', 0.94],
  ['heldout42', 'relations recall', '>=', 0.37],
  ['heldout42', 'evidence', '>=', 0.95],
  ['heldout43', 'entities F1', '>=', 0.86],
  ['heldout43', 'entity duplicates', '<=', 5],
  // (.933 -> .879: a judge's sanction gold gives the judge's full name, and `her` read as her agent, `Max`, whom the
  // lexicon knows as no man's name.)
  ['heldout43', 'relations precision', '>=', 0.86],
  ['heldout43', 'relations recall', '>=', 0.24],
  ['heldout43', 'evidence', '>=', 0.95],
  ['heldout44', 'entities F1', '>=', 0.92],
  ['heldout44', 'entity duplicates', '<=', 3],
  ['heldout44', 'relations precision', '>=', 0.8],
  ['heldout44', 'relations recall', '>=', 0.32],
  ['heldout44', 'evidence', '>=', 0.95],
  ['heldout45', 'entities F1', '>=', 0.91],
  ['heldout45', 'entity duplicates', '<=', 3],
  ['heldout45', 'relations precision', '>=', 0.9],
  ['heldout45', 'relations recall', '>=', 0.25],
  ['heldout45', 'evidence', '>=', 0.95],
  ['heldout46', 'entities F1', '>=', 0.95],
  ['heldout46', 'entity duplicates', '<=', 1],
  ['heldout46', 'relations precision', '>=', 0.95],
  ['heldout46', 'relations recall', '>=', 0.47],
  ['heldout46', 'evidence', '>=', 0.95],
  ['heldout47', 'entities F1', '>=', 0.86],
  ['heldout47', 'entity duplicates', '<=', 5],
  ['heldout47', 'relations precision', '>=', 0.85],
  ['heldout47', 'relations recall', '>=', 0.25],
  ['heldout47', 'evidence', '>=', 0.95],
  ['heldout48', 'entities F1', '>=', 0.9],
  ['heldout48', 'entity duplicates', '<=', 4],
  ['heldout48', 'relations precision', '>=', 0.85],
  ['heldout48', 'relations recall', '>=', 0.39],
  ['heldout48', 'evidence', '>=', 0.95],
  ['heldout49', 'entities F1', '>=', 0.9],
  ['heldout49', 'entity duplicates', '<=', 5],
  ['heldout49', 'relations precision', '>=', 0.79],
  ['heldout49', 'relations recall', '>=', 0.24],
  ['heldout49', 'evidence', '>=', 0.95],
  ['heldout50', 'entities F1', '>=', 0.91],
  ['heldout50', 'entity duplicates', '<=', 1],
  ['heldout50', 'relations precision', '>=', 0.86],
  ['heldout50', 'relations recall', '>=', 0.38],
  ['heldout50', 'evidence', '>=', 0.95],
  ['heldout51', 'entities F1', '>=', 0.86],
  ['heldout51', 'entity duplicates', '<=', 3],
  ['heldout51', 'relations precision', '>=', 0.78],
  ['heldout51', 'relations recall', '>=', 0.3],
  ['heldout51', 'evidence', '>=', 0.95],
  ['heldout52', 'entities F1', '>=', 0.87],
  ['heldout52', 'entity duplicates', '<=', 1],
  ['heldout52', 'relations precision', '>=', 0.77],
  ['heldout52', 'relations recall', '>=', 0.25],
  ['heldout52', 'evidence', '>=', 0.95],
  ['heldout53', 'entities F1', '>=', 0.86],
  // (A `Senate` or `Congress` in a story another country leads is a chamber of no known country, not the US one: in
  // heldout53 and heldout81 it was the US one, and counts as its duplicate.)
  ['heldout53', 'entity duplicates', '<=', 3],
  ['heldout53', 'relations precision', '>=', 0.72],
  ['heldout53', 'relations recall', '>=', 0.27],
  ['heldout53', 'evidence', '>=', 0.95],
  ['heldout54', 'entities F1', '>=', 0.87],
  ['heldout54', 'entity duplicates', '<=', 3],
  ['heldout54', 'relations precision', '>=', 0.86],
  ['heldout54', 'relations recall', '>=', 0.27],
  ['heldout54', 'evidence', '>=', 0.95],
  ['heldout55', 'entities F1', '>=', 0.82],
  ['heldout55', 'entity duplicates', '<=', 1],
  ['heldout55', 'relations precision', '>=', 0.61],
  ['heldout55', 'relations recall', '>=', 0.18],
  ['heldout55', 'evidence', '>=', 0.95],
  ['heldout56', 'entities F1', '>=', 0.86],
  ['heldout56', 'entity duplicates', '<=', 2],
  ['heldout56', 'relations precision', '>=', 0.69],
  ['heldout56', 'relations recall', '>=', 0.28],
  ['heldout56', 'evidence', '>=', 0.95],
  ['heldout57', 'entities F1', '>=', 0.86],
  ['heldout57', 'entity duplicates', '<=', 4],
  ['heldout57', 'relations precision', '>=', 0.74],
  ['heldout57', 'relations recall', '>=', 0.25],
  ['heldout57', 'evidence', '>=', 0.95],
  ['heldout58', 'entities F1', '>=', 0.89],
  ['heldout58', 'entity duplicates', '<=', 1],
  ['heldout58', 'relations precision', '>=', 0.81],
  ['heldout58', 'relations recall', '>=', 0.30],
  ['heldout58', 'evidence', '>=', 0.95],
  ['heldout59', 'entities F1', '>=', 0.84],
  ['heldout59', 'entity duplicates', '<=', 1],
  ['heldout59', 'relations precision', '>=', 0.81],
  ['heldout59', 'relations recall', '>=', 0.37],
  ['heldout59', 'evidence', '>=', 0.95],
  ['heldout60', 'entities F1', '>=', 0.88],
  ['heldout60', 'entity duplicates', '<=', 1],
  ['heldout60', 'relations precision', '>=', 0.79],
  ['heldout60', 'relations recall', '>=', 0.32],
  ['heldout60', 'evidence', '>=', 0.95],
  ['heldout61', 'entities F1', '>=', 0.88],
  ['heldout61', 'entity duplicates', '<=', 1],
  ['heldout61', 'relations precision', '>=', 0.81],
  ['heldout61', 'relations recall', '>=', 0.26],
  ['heldout61', 'evidence', '>=', 0.95],
  ['heldout62', 'entities F1', '>=', 0.90],
  ['heldout62', 'entity duplicates', '<=', 1],
  ['heldout62', 'relations precision', '>=', 0.74],
  ['heldout62', 'relations recall', '>=', 0.23],
  ['heldout62', 'evidence', '>=', 0.95],
  ['heldout63', 'entities F1', '>=', 0.84],
  ['heldout63', 'entity duplicates', '<=', 1],
  ['heldout63', 'relations precision', '>=', 0.84],
  ['heldout63', 'relations recall', '>=', 0.28],
  ['heldout63', 'evidence', '>=', 0.95],
  ['heldout64', 'entities F1', '>=', 0.92],
  ['heldout64', 'entity duplicates', '<=', 2],
  ['heldout64', 'relations precision', '>=', 0.83],
  ['heldout64', 'relations recall', '>=', 0.30],
  ['heldout64', 'evidence', '>=', 0.95],
  ['heldout65', 'entities F1', '>=', 0.87],
  ['heldout65', 'entity duplicates', '<=', 2],
  ['heldout65', 'relations precision', '>=', 0.75],
  ['heldout65', 'relations recall', '>=', 0.25],
  ['heldout65', 'evidence', '>=', 0.95],
  ['heldout66', 'entities F1', '>=', 0.89],
  ['heldout66', 'entity duplicates', '<=', 3],
  ['heldout66', 'relations precision', '>=', 0.79],
  ['heldout66', 'relations recall', '>=', 0.32],
  ['heldout66', 'evidence', '>=', 0.95],
  ['heldout67', 'entities F1', '>=', 0.84],
  ['heldout67', 'entity duplicates', '<=', 2],
  ['heldout67', 'relations precision', '>=', 0.81],
  ['heldout67', 'relations recall', '>=', 0.27],
  ['heldout67', 'evidence', '>=', 0.95],
  ['heldout68', 'entities F1', '>=', 0.91],
  ['heldout68', 'entity duplicates', '<=', 0],
  ['heldout68', 'relations precision', '>=', 0.87],
  ['heldout68', 'relations recall', '>=', 0.40],
  ['heldout68', 'evidence', '>=', 0.95],
  ['heldout69', 'entities F1', '>=', 0.86],
  ['heldout69', 'entity duplicates', '<=', 1],
  ['heldout69', 'relations precision', '>=', 0.79],
  ['heldout69', 'relations recall', '>=', 0.25],
  ['heldout69', 'evidence', '>=', 0.95],
  ['heldout70', 'entities F1', '>=', 0.87],
  ['heldout70', 'entity duplicates', '<=', 1],
  ['heldout70', 'relations precision', '>=', 0.82],
  ['heldout70', 'relations recall', '>=', 0.32],
  ['heldout70', 'evidence', '>=', 0.95],
  ['heldout71', 'entities F1', '>=', 0.85],
  ['heldout71', 'entity duplicates', '<=', 3],
  ['heldout71', 'relations precision', '>=', 0.85],
  ['heldout71', 'relations recall', '>=', 0.21],
  ['heldout71', 'evidence', '>=', 0.95],
  ['heldout72', 'entities F1', '>=', 0.90],
  // (1 since a country's body is named by its own words: `India's Congress party` is named `Congress`, the US
  // Congress's name in gold.)
  ['heldout72', 'entity duplicates', '<=', 1],
  ['heldout72', 'relations precision', '>=', 0.69],
  ['heldout72', 'relations recall', '>=', 0.28],
  ['heldout72', 'evidence', '>=', 0.95],
  ['heldout73', 'entities F1', '>=', 0.87],
  ['heldout73', 'entity duplicates', '<=', 2],
  ['heldout73', 'relations precision', '>=', 0.83],
  ['heldout73', 'relations recall', '>=', 0.32],
  ['heldout73', 'evidence', '>=', 0.95],
  ['heldout74', 'entities F1', '>=', 0.87],
  ['heldout74', 'entity duplicates', '<=', 2],
  ['heldout74', 'relations precision', '>=', 0.76],
  ['heldout74', 'relations recall', '>=', 0.28],
  ['heldout74', 'evidence', '>=', 0.95],
  ['heldout75', 'entities F1', '>=', 0.90],
  ['heldout75', 'entity duplicates', '<=', 2],
  ['heldout75', 'relations precision', '>=', 0.76],
  ['heldout75', 'relations recall', '>=', 0.24],
  ['heldout75', 'evidence', '>=', 0.95],
  ['heldout76', 'entities F1', '>=', 0.91],
  ['heldout76', 'entity duplicates', '<=', 0],
  ['heldout76', 'relations precision', '>=', 0.89],
  ['heldout76', 'relations recall', '>=', 0.33],
  ['heldout76', 'evidence', '>=', 0.95],
  ['heldout77', 'entities F1', '>=', 0.85],
  ['heldout77', 'entity duplicates', '<=', 0],
  // (0.83 since a country's body is named by its own words: gold names `India's Supreme Court` only as `Supreme Court of
  // India` and so, not `Supreme Court`; its edges are counted false.)
  ['heldout77', 'relations precision', '>=', 0.83],
  ['heldout77', 'relations recall', '>=', 0.32],
  ['heldout77', 'evidence', '>=', 0.95],
  ['heldout78', 'entities F1', '>=', 0.91],
  ['heldout78', 'entity duplicates', '<=', 0],
  ['heldout78', 'relations precision', '>=', 0.84],
  ['heldout78', 'relations recall', '>=', 0.32],
  ['heldout78', 'evidence', '>=', 0.95],
  ['heldout79', 'entities F1', '>=', 0.85],
  ['heldout79', 'entity duplicates', '<=', 1],
  ['heldout79', 'relations precision', '>=', 0.78],
  ['heldout79', 'relations recall', '>=', 0.25],
  ['heldout79', 'evidence', '>=', 0.95],
  ['heldout80', 'entities F1', '>=', 0.88],
  ['heldout80', 'entity duplicates', '<=', 4],
  ['heldout80', 'relations precision', '>=', 0.75],
  ['heldout80', 'relations recall', '>=', 0.33],
  ['heldout80', 'evidence', '>=', 0.95],
  ['heldout81', 'entities F1', '>=', 0.86],
  ['heldout81', 'entity duplicates', '<=', 6],
  ['heldout81', 'relations precision', '>=', 0.75],
  ['heldout81', 'relations recall', '>=', 0.25],
  ['heldout81', 'evidence', '>=', 0.95],
  ['heldout82', 'entities F1', '>=', 0.91],
  ['heldout82', 'entity duplicates', '<=', 2],
  ['heldout82', 'relations precision', '>=', 0.88],
  ['heldout82', 'relations recall', '>=', 0.31],
  ['heldout82', 'evidence', '>=', 0.95],
  ['heldout83', 'entities F1', '>=', 0.87],
  ['heldout83', 'entity duplicates', '<=', 2],
  ['heldout83', 'relations precision', '>=', 0.88],
  ['heldout83', 'relations recall', '>=', 0.34],
  ['heldout83', 'evidence', '>=', 0.95],
  ['heldout84', 'entities F1', '>=', 0.91],
  ['heldout84', 'entity duplicates', '<=', 3],
  ['heldout84', 'relations precision', '>=', 0.89],
  ['heldout84', 'relations recall', '>=', 0.35],
  ['heldout84', 'evidence', '>=', 0.95],
  ['heldout85', 'entities F1', '>=', 0.83],
  ['heldout85', 'entity duplicates', '<=', 1],
  ['heldout85', 'relations precision', '>=', 0.83],
  ['heldout85', 'relations recall', '>=', 0.28],
  ['heldout85', 'evidence', '>=', 0.95],
  ['heldout86', 'entities F1', '>=', 0.91],
  ['heldout86', 'entity duplicates', '<=', 3],
  ['heldout86', 'relations precision', '>=', 0.78],
  ['heldout86', 'relations recall', '>=', 0.34],
  ['heldout86', 'evidence', '>=', 0.95],
  ['heldout87', 'entities F1', '>=', 0.87],
  ['heldout87', 'entity duplicates', '<=', 3],
  ['heldout87', 'relations precision', '>=', 0.84],
  ['heldout87', 'relations recall', '>=', 0.35],
  ['heldout87', 'evidence', '>=', 0.95],
  ['heldout88', 'entities F1', '>=', 0.89],
  ['heldout88', 'entity duplicates', '<=', 2],
  ['heldout88', 'relations precision', '>=', 0.87],
  ['heldout88', 'relations recall', '>=', 0.33],
  ['heldout88', 'evidence', '>=', 0.95],
  ['heldout89', 'entities F1', '>=', 0.88],
  ['heldout89', 'entity duplicates', '<=', 2],
  ['heldout89', 'relations precision', '>=', 0.77],
  ['heldout89', 'relations recall', '>=', 0.27],
  ['heldout89', 'evidence', '>=', 0.95],
  ['heldout90', 'entities F1', '>=', 0.89],
  ['heldout90', 'entity duplicates', '<=', 0],
  ['heldout90', 'relations precision', '>=', 0.78],
  ['heldout90', 'relations recall', '>=', 0.32],
  ['heldout90', 'evidence', '>=', 0.95],
  ['heldout91', 'entities F1', '>=', 0.89],
  ['heldout91', 'entity duplicates', '<=', 2],
  ['heldout91', 'relations precision', '>=', 0.82],
  ['heldout91', 'relations recall', '>=', 0.30],
  ['heldout91', 'evidence', '>=', 0.95],
  ['heldout92', 'entities F1', '>=', 0.90],
  ['heldout92', 'entity duplicates', '<=', 1],
  ['heldout92', 'relations precision', '>=', 0.81],
  ['heldout92', 'relations recall', '>=', 0.29],
  ['heldout92', 'evidence', '>=', 0.95],
  ['heldout93', 'entities F1', '>=', 0.85],
  ['heldout93', 'entity duplicates', '<=', 1],
  ['heldout93', 'relations precision', '>=', 0.82],
  ['heldout93', 'relations recall', '>=', 0.31],
  ['heldout93', 'evidence', '>=', 0.95],
  ['heldout94', 'entities F1', '>=', 0.90],
  ['heldout94', 'entity duplicates', '<=', 0],
  ['heldout94', 'relations precision', '>=', 0.91],
  ['heldout94', 'relations recall', '>=', 0.33],
  ['heldout94', 'evidence', '>=', 0.95],
  ['heldout95', 'entities F1', '>=', 0.84],
  ['heldout95', 'entity duplicates', '<=', 1],
  ['heldout95', 'relations precision', '>=', 0.83],
  ['heldout95', 'relations recall', '>=', 0.38],
  ['heldout95', 'evidence', '>=', 0.95],
  ['heldout96', 'entities F1', '>=', 0.89],
  ['heldout96', 'entity duplicates', '<=', 2],
  ['heldout96', 'relations precision', '>=', 0.75],
  ['heldout96', 'relations recall', '>=', 0.34],
  ['heldout96', 'evidence', '>=', 0.95],
  ['heldout97', 'entities F1', '>=', 0.83],
  ['heldout97', 'entity duplicates', '<=', 5],
  ['heldout97', 'relations precision', '>=', 0.74],
  ['heldout97', 'relations recall', '>=', 0.22],
  ['heldout97', 'evidence', '>=', 0.95],
  ['heldout98', 'entities F1', '>=', 0.87],
  ['heldout98', 'entity duplicates', '<=', 3],
  ['heldout98', 'relations precision', '>=', 0.82],
  ['heldout98', 'relations recall', '>=', 0.39],
  ['heldout98', 'evidence', '>=', 0.95],
  ['heldout99', 'entities F1', '>=', 0.88],
  ['heldout99', 'entity duplicates', '<=', 2],
  ['heldout99', 'relations precision', '>=', 0.77],
  ['heldout99', 'relations recall', '>=', 0.43],
  ['heldout99', 'evidence', '>=', 0.95],
  ['heldout100', 'entities F1', '>=', 0.89],
  ['heldout100', 'entity duplicates', '<=', 0],
  ['heldout100', 'relations precision', '>=', 0.84],
  ['heldout100', 'relations recall', '>=', 0.45],
  ['heldout100', 'evidence', '>=', 0.95],
  ['heldout101', 'entities F1', '>=', 0.91],
  ['heldout101', 'entity duplicates', '<=', 1],
  ['heldout101', 'relations precision', '>=', 0.88],
  ['heldout101', 'relations recall', '>=', 0.36],
  ['heldout101', 'evidence', '>=', 0.91],
  ['heldout102', 'entities F1', '>=', 0.87],
  ['heldout102', 'entity duplicates', '<=', 2],
  ['heldout102', 'relations precision', '>=', 0.79],
  ['heldout102', 'relations recall', '>=', 0.38],
  ['heldout102', 'evidence', '>=', 0.94],
  ['heldout103', 'entities F1', '>=', 0.89],
  ['heldout103', 'entity duplicates', '<=', 1],
  ['heldout103', 'relations precision', '>=', 0.79],
  ['heldout103', 'relations recall', '>=', 0.33],
  ['heldout103', 'evidence', '>=', 0.95],
  ['heldout104', 'entities F1', '>=', 0.91],
  ['heldout104', 'entity duplicates', '<=', 4],
  ['heldout104', 'relations precision', '>=', 0.85],
  ['heldout104', 'relations recall', '>=', 0.40],
  ['heldout104', 'evidence', '>=', 0.95],
  ['heldout105', 'entities F1', '>=', 0.83],
  ['heldout105', 'entity duplicates', '<=', 2],
  ['heldout105', 'relations precision', '>=', 0.76],
  ['heldout105', 'relations recall', '>=', 0.27],
  ['heldout105', 'evidence', '>=', 0.94],
  ['heldout106', 'entities F1', '>=', 0.87],
  ['heldout106', 'entity duplicates', '<=', 1],
  ['heldout106', 'relations precision', '>=', 0.76],
  ['heldout106', 'relations recall', '>=', 0.35],
  ['heldout106', 'evidence', '>=', 0.92],
  ['heldout107', 'entities F1', '>=', 0.83],
  ['heldout107', 'entity duplicates', '<=', 1],
  ['heldout107', 'relations precision', '>=', 0.81],
  ['heldout107', 'relations recall', '>=', 0.41],
  ['heldout107', 'evidence', '>=', 0.97],
  ['heldout108', 'entities F1', '>=', 0.88],
  ['heldout108', 'entity duplicates', '<=', 1],
  ['heldout108', 'relations precision', '>=', 0.85],
  ['heldout108', 'relations recall', '>=', 0.42],
  ['heldout108', 'evidence', '>=', 0.97],
  ['heldout109', 'entities F1', '>=', 0.85],
  ['heldout109', 'entity duplicates', '<=', 2],
  ['heldout109', 'relations precision', '>=', 0.83],
  ['heldout109', 'relations recall', '>=', 0.42],
  ['heldout109', 'evidence', '>=', 0.94],
  ['heldout110', 'entities F1', '>=', 0.89],
  ['heldout110', 'entity duplicates', '<=', 2],
  ['heldout110', 'relations precision', '>=', 0.80],
  ['heldout110', 'relations recall', '>=', 0.37],
  ['heldout110', 'evidence', '>=', 0.97],
  ['heldout111', 'entities F1', '>=', 0.82],
  ['heldout111', 'entity duplicates', '<=', 3],
  // (0.76 until 00e1aab: with the Danish bodies' demonym counted, the football story is Denmark's, and its coach and
  // players hold their posts in the national team, a body the gold does not keep apart from the country.)
  ['heldout111', 'relations precision', '>=', 0.74],
  ['heldout111', 'relations recall', '>=', 0.39],
  ['heldout111', 'evidence', '>=', 0.97],
  ['heldout112', 'entities F1', '>=', 0.9],
  ['heldout112', 'entity duplicates', '<=', 0],
  ['heldout112', 'relations precision', '>=', 0.92],
  ['heldout112', 'relations recall', '>=', 0.41],
  ['heldout112', 'evidence', '>=', 0.94],
  ['heldout113', 'entities F1', '>=', 0.9],
  ['heldout113', 'entity duplicates', '<=', 2],
  ['heldout113', 'relations precision', '>=', 0.85],
  ['heldout113', 'relations recall', '>=', 0.48],
  ['heldout113', 'evidence', '>=', 0.97],
  ['heldout114', 'entities F1', '>=', 0.9],
  ['heldout114', 'entity duplicates', '<=', 1],
  ['heldout114', 'relations precision', '>=', 0.83],
  ['heldout114', 'relations recall', '>=', 0.35],
  ['heldout114', 'evidence', '>=', 0.97],
  ['heldout115', 'entities F1', '>=', 0.86],
  ['heldout115', 'entity duplicates', '<=', 0],
  ['heldout115', 'relations precision', '>=', 0.75],
  ['heldout115', 'relations recall', '>=', 0.44],
  ['heldout115', 'evidence', '>=', 0.94],
  ['heldout116', 'entities F1', '>=', 0.89],
  ['heldout116', 'entity duplicates', '<=', 3],
  ['heldout116', 'relations precision', '>=', 0.82],
  ['heldout116', 'relations recall', '>=', 0.4],
  ['heldout116', 'evidence', '>=', 0.97],
  ['heldout117', 'entities F1', '>=', 0.88],
  ['heldout117', 'entity duplicates', '<=', 1],
  ['heldout117', 'relations precision', '>=', 0.73],
  ['heldout117', 'relations recall', '>=', 0.43],
  ['heldout117', 'evidence', '>=', 0.97],
  ['heldout118', 'entities F1', '>=', 0.91],
  ['heldout118', 'entity duplicates', '<=', 1],
  ['heldout118', 'relations precision', '>=', 0.87],
  ['heldout118', 'relations recall', '>=', 0.4],
  ['heldout118', 'evidence', '>=', 0.95],
  ['heldout119', 'entities F1', '>=', 0.91],
  ['heldout119', 'entity duplicates', '<=', 1],
  ['heldout119', 'relations precision', '>=', 0.79],
  ['heldout119', 'relations recall', '>=', 0.42],
  ['heldout119', 'evidence', '>=', 0.97],
  ['heldout120', 'entities F1', '>=', 0.88],
  ['heldout120', 'entity duplicates', '<=', 5],
  ['heldout120', 'relations precision', '>=', 0.8],
  ['heldout120', 'relations recall', '>=', 0.33],
  ['heldout120', 'evidence', '>=', 0.97],
  ['heldout121', 'entities F1', '>=', 0.83],
  ['heldout121', 'entity duplicates', '<=', 0],
  ['heldout121', 'relations precision', '>=', 0.83],
  ['heldout121', 'relations recall', '>=', 0.41],
  ['heldout121', 'evidence', '>=', 0.94],
];

const ROOT = join(__dirname, '..', '..');

// Article folders (relative to the repository, as given to `newsgraph build`) and their gold annotations.
const CORPORA = {
  seeds: { articles: 'seeds', gold: 'test/fixtures/seeds.gold.json' },
  heldout: { articles: 'test/fixtures/heldout/articles', gold: 'test/fixtures/heldout/heldout.gold.json' },
  heldout2: { articles: 'test/fixtures/heldout2/articles', gold: 'test/fixtures/heldout2/heldout2.gold.json' },
  heldout3: { articles: 'test/fixtures/heldout3/articles', gold: 'test/fixtures/heldout3/heldout3.gold.json' },
  heldout4: { articles: 'test/fixtures/heldout4/articles', gold: 'test/fixtures/heldout4/heldout4.gold.json' },
  heldout5: { articles: 'test/fixtures/heldout5/articles', gold: 'test/fixtures/heldout5/heldout5.gold.json' },
  heldout6: { articles: 'test/fixtures/heldout6/articles', gold: 'test/fixtures/heldout6/heldout6.gold.json' },
  heldout7: { articles: 'test/fixtures/heldout7/articles', gold: 'test/fixtures/heldout7/heldout7.gold.json' },
  heldout8: { articles: 'test/fixtures/heldout8/articles', gold: 'test/fixtures/heldout8/heldout8.gold.json' },
  heldout9: { articles: 'test/fixtures/heldout9/articles', gold: 'test/fixtures/heldout9/heldout9.gold.json' },
  heldout10: { articles: 'test/fixtures/heldout10/articles', gold: 'test/fixtures/heldout10/heldout10.gold.json' },
  heldout11: { articles: 'test/fixtures/heldout11/articles', gold: 'test/fixtures/heldout11/heldout11.gold.json' },
  heldout12: { articles: 'test/fixtures/heldout12/articles', gold: 'test/fixtures/heldout12/heldout12.gold.json' },
  heldout13: { articles: 'test/fixtures/heldout13/articles', gold: 'test/fixtures/heldout13/heldout13.gold.json' },
  heldout14: { articles: 'test/fixtures/heldout14/articles', gold: 'test/fixtures/heldout14/heldout14.gold.json' },
  heldout15: { articles: 'test/fixtures/heldout15/articles', gold: 'test/fixtures/heldout15/heldout15.gold.json' },
  heldout16: { articles: 'test/fixtures/heldout16/articles', gold: 'test/fixtures/heldout16/heldout16.gold.json' },
  heldout17: { articles: 'test/fixtures/heldout17/articles', gold: 'test/fixtures/heldout17/heldout17.gold.json' },
  heldout18: { articles: 'test/fixtures/heldout18/articles', gold: 'test/fixtures/heldout18/heldout18.gold.json' },
  heldout19: { articles: 'test/fixtures/heldout19/articles', gold: 'test/fixtures/heldout19/heldout19.gold.json' },
  heldout20: { articles: 'test/fixtures/heldout20/articles', gold: 'test/fixtures/heldout20/heldout20.gold.json' },
  heldout21: { articles: 'test/fixtures/heldout21/articles', gold: 'test/fixtures/heldout21/heldout21.gold.json' },
  heldout22: { articles: 'test/fixtures/heldout22/articles', gold: 'test/fixtures/heldout22/heldout22.gold.json' },
  heldout23: { articles: 'test/fixtures/heldout23/articles', gold: 'test/fixtures/heldout23/heldout23.gold.json' },
  heldout24: { articles: 'test/fixtures/heldout24/articles', gold: 'test/fixtures/heldout24/heldout24.gold.json' },
  heldout25: { articles: 'test/fixtures/heldout25/articles', gold: 'test/fixtures/heldout25/heldout25.gold.json' },
  heldout26: { articles: 'test/fixtures/heldout26/articles', gold: 'test/fixtures/heldout26/heldout26.gold.json' },
  heldout27: { articles: 'test/fixtures/heldout27/articles', gold: 'test/fixtures/heldout27/heldout27.gold.json' },
  heldout28: { articles: 'test/fixtures/heldout28/articles', gold: 'test/fixtures/heldout28/heldout28.gold.json' },
  heldout29: { articles: 'test/fixtures/heldout29/articles', gold: 'test/fixtures/heldout29/heldout29.gold.json' },
  heldout30: { articles: 'test/fixtures/heldout30/articles', gold: 'test/fixtures/heldout30/heldout30.gold.json' },
  heldout31: { articles: 'test/fixtures/heldout31/articles', gold: 'test/fixtures/heldout31/heldout31.gold.json' },
  heldout32: { articles: 'test/fixtures/heldout32/articles', gold: 'test/fixtures/heldout32/heldout32.gold.json' },
  heldout33: { articles: 'test/fixtures/heldout33/articles', gold: 'test/fixtures/heldout33/heldout33.gold.json' },
  heldout34: { articles: 'test/fixtures/heldout34/articles', gold: 'test/fixtures/heldout34/heldout34.gold.json' },
  heldout35: { articles: 'test/fixtures/heldout35/articles', gold: 'test/fixtures/heldout35/heldout35.gold.json' },
  heldout36: { articles: 'test/fixtures/heldout36/articles', gold: 'test/fixtures/heldout36/heldout36.gold.json' },
  heldout37: { articles: 'test/fixtures/heldout37/articles', gold: 'test/fixtures/heldout37/heldout37.gold.json' },
  heldout38: { articles: 'test/fixtures/heldout38/articles', gold: 'test/fixtures/heldout38/heldout38.gold.json' },
  heldout39: { articles: 'test/fixtures/heldout39/articles', gold: 'test/fixtures/heldout39/heldout39.gold.json' },
  heldout40: { articles: 'test/fixtures/heldout40/articles', gold: 'test/fixtures/heldout40/heldout40.gold.json' },
  heldout41: { articles: 'test/fixtures/heldout41/articles', gold: 'test/fixtures/heldout41/heldout41.gold.json' },
  heldout42: { articles: 'test/fixtures/heldout42/articles', gold: 'test/fixtures/heldout42/heldout42.gold.json' },
  heldout43: { articles: 'test/fixtures/heldout43/articles', gold: 'test/fixtures/heldout43/heldout43.gold.json' },
  heldout44: { articles: 'test/fixtures/heldout44/articles', gold: 'test/fixtures/heldout44/heldout44.gold.json' },
  heldout45: { articles: 'test/fixtures/heldout45/articles', gold: 'test/fixtures/heldout45/heldout45.gold.json' },
  heldout46: { articles: 'test/fixtures/heldout46/articles', gold: 'test/fixtures/heldout46/heldout46.gold.json' },
  heldout47: { articles: 'test/fixtures/heldout47/articles', gold: 'test/fixtures/heldout47/heldout47.gold.json' },
  heldout48: { articles: 'test/fixtures/heldout48/articles', gold: 'test/fixtures/heldout48/heldout48.gold.json' },
  heldout49: { articles: 'test/fixtures/heldout49/articles', gold: 'test/fixtures/heldout49/heldout49.gold.json' },
  heldout50: { articles: 'test/fixtures/heldout50/articles', gold: 'test/fixtures/heldout50/heldout50.gold.json' },
  heldout51: { articles: 'test/fixtures/heldout51/articles', gold: 'test/fixtures/heldout51/heldout51.gold.json' },
  heldout52: { articles: 'test/fixtures/heldout52/articles', gold: 'test/fixtures/heldout52/heldout52.gold.json' },
  heldout53: { articles: 'test/fixtures/heldout53/articles', gold: 'test/fixtures/heldout53/heldout53.gold.json' },
  heldout54: { articles: 'test/fixtures/heldout54/articles', gold: 'test/fixtures/heldout54/heldout54.gold.json' },
  heldout55: { articles: 'test/fixtures/heldout55/articles', gold: 'test/fixtures/heldout55/heldout55.gold.json' },
  heldout56: { articles: 'test/fixtures/heldout56/articles', gold: 'test/fixtures/heldout56/heldout56.gold.json' },
  heldout57: { articles: 'test/fixtures/heldout57/articles', gold: 'test/fixtures/heldout57/heldout57.gold.json' },
  heldout58: { articles: 'test/fixtures/heldout58/articles', gold: 'test/fixtures/heldout58/heldout58.gold.json' },
  heldout59: { articles: 'test/fixtures/heldout59/articles', gold: 'test/fixtures/heldout59/heldout59.gold.json' },
  heldout60: { articles: 'test/fixtures/heldout60/articles', gold: 'test/fixtures/heldout60/heldout60.gold.json' },
  heldout61: { articles: 'test/fixtures/heldout61/articles', gold: 'test/fixtures/heldout61/heldout61.gold.json' },
  heldout62: { articles: 'test/fixtures/heldout62/articles', gold: 'test/fixtures/heldout62/heldout62.gold.json' },
  heldout63: { articles: 'test/fixtures/heldout63/articles', gold: 'test/fixtures/heldout63/heldout63.gold.json' },
  heldout64: { articles: 'test/fixtures/heldout64/articles', gold: 'test/fixtures/heldout64/heldout64.gold.json' },
  heldout65: { articles: 'test/fixtures/heldout65/articles', gold: 'test/fixtures/heldout65/heldout65.gold.json' },
  heldout66: { articles: 'test/fixtures/heldout66/articles', gold: 'test/fixtures/heldout66/heldout66.gold.json' },
  heldout67: { articles: 'test/fixtures/heldout67/articles', gold: 'test/fixtures/heldout67/heldout67.gold.json' },
  heldout68: { articles: 'test/fixtures/heldout68/articles', gold: 'test/fixtures/heldout68/heldout68.gold.json' },
  heldout69: { articles: 'test/fixtures/heldout69/articles', gold: 'test/fixtures/heldout69/heldout69.gold.json' },
  heldout70: { articles: 'test/fixtures/heldout70/articles', gold: 'test/fixtures/heldout70/heldout70.gold.json' },
  heldout71: { articles: 'test/fixtures/heldout71/articles', gold: 'test/fixtures/heldout71/heldout71.gold.json' },
  heldout72: { articles: 'test/fixtures/heldout72/articles', gold: 'test/fixtures/heldout72/heldout72.gold.json' },
  heldout73: { articles: 'test/fixtures/heldout73/articles', gold: 'test/fixtures/heldout73/heldout73.gold.json' },
  heldout74: { articles: 'test/fixtures/heldout74/articles', gold: 'test/fixtures/heldout74/heldout74.gold.json' },
  heldout75: { articles: 'test/fixtures/heldout75/articles', gold: 'test/fixtures/heldout75/heldout75.gold.json' },
  heldout76: { articles: 'test/fixtures/heldout76/articles', gold: 'test/fixtures/heldout76/heldout76.gold.json' },
  heldout77: { articles: 'test/fixtures/heldout77/articles', gold: 'test/fixtures/heldout77/heldout77.gold.json' },
  heldout78: { articles: 'test/fixtures/heldout78/articles', gold: 'test/fixtures/heldout78/heldout78.gold.json' },
  heldout79: { articles: 'test/fixtures/heldout79/articles', gold: 'test/fixtures/heldout79/heldout79.gold.json' },
  heldout80: { articles: 'test/fixtures/heldout80/articles', gold: 'test/fixtures/heldout80/heldout80.gold.json' },
  heldout81: { articles: 'test/fixtures/heldout81/articles', gold: 'test/fixtures/heldout81/heldout81.gold.json' },
  heldout82: { articles: 'test/fixtures/heldout82/articles', gold: 'test/fixtures/heldout82/heldout82.gold.json' },
  heldout83: { articles: 'test/fixtures/heldout83/articles', gold: 'test/fixtures/heldout83/heldout83.gold.json' },
  heldout84: { articles: 'test/fixtures/heldout84/articles', gold: 'test/fixtures/heldout84/heldout84.gold.json' },
  heldout85: { articles: 'test/fixtures/heldout85/articles', gold: 'test/fixtures/heldout85/heldout85.gold.json' },
  heldout86: { articles: 'test/fixtures/heldout86/articles', gold: 'test/fixtures/heldout86/heldout86.gold.json' },
  heldout87: { articles: 'test/fixtures/heldout87/articles', gold: 'test/fixtures/heldout87/heldout87.gold.json' },
  heldout88: { articles: 'test/fixtures/heldout88/articles', gold: 'test/fixtures/heldout88/heldout88.gold.json' },
  heldout89: { articles: 'test/fixtures/heldout89/articles', gold: 'test/fixtures/heldout89/heldout89.gold.json' },
  heldout90: { articles: 'test/fixtures/heldout90/articles', gold: 'test/fixtures/heldout90/heldout90.gold.json' },
  heldout91: { articles: 'test/fixtures/heldout91/articles', gold: 'test/fixtures/heldout91/heldout91.gold.json' },
  heldout92: { articles: 'test/fixtures/heldout92/articles', gold: 'test/fixtures/heldout92/heldout92.gold.json' },
  heldout93: { articles: 'test/fixtures/heldout93/articles', gold: 'test/fixtures/heldout93/heldout93.gold.json' },
  heldout94: { articles: 'test/fixtures/heldout94/articles', gold: 'test/fixtures/heldout94/heldout94.gold.json' },
  heldout95: { articles: 'test/fixtures/heldout95/articles', gold: 'test/fixtures/heldout95/heldout95.gold.json' },
  heldout96: { articles: 'test/fixtures/heldout96/articles', gold: 'test/fixtures/heldout96/heldout96.gold.json' },
  heldout97: { articles: 'test/fixtures/heldout97/articles', gold: 'test/fixtures/heldout97/heldout97.gold.json' },
  heldout98: { articles: 'test/fixtures/heldout98/articles', gold: 'test/fixtures/heldout98/heldout98.gold.json' },
  heldout99: { articles: 'test/fixtures/heldout99/articles', gold: 'test/fixtures/heldout99/heldout99.gold.json' },
  heldout100: { articles: 'test/fixtures/heldout100/articles', gold: 'test/fixtures/heldout100/heldout100.gold.json' },
  heldout101: { articles: 'test/fixtures/heldout101/articles', gold: 'test/fixtures/heldout101/heldout101.gold.json' },
  heldout102: { articles: 'test/fixtures/heldout102/articles', gold: 'test/fixtures/heldout102/heldout102.gold.json' },
  heldout103: { articles: 'test/fixtures/heldout103/articles', gold: 'test/fixtures/heldout103/heldout103.gold.json' },
  heldout104: { articles: 'test/fixtures/heldout104/articles', gold: 'test/fixtures/heldout104/heldout104.gold.json' },
  heldout105: { articles: 'test/fixtures/heldout105/articles', gold: 'test/fixtures/heldout105/heldout105.gold.json' },
  heldout106: { articles: 'test/fixtures/heldout106/articles', gold: 'test/fixtures/heldout106/heldout106.gold.json' },
  heldout107: { articles: 'test/fixtures/heldout107/articles', gold: 'test/fixtures/heldout107/heldout107.gold.json' },
  heldout108: { articles: 'test/fixtures/heldout108/articles', gold: 'test/fixtures/heldout108/heldout108.gold.json' },
  heldout109: { articles: 'test/fixtures/heldout109/articles', gold: 'test/fixtures/heldout109/heldout109.gold.json' },
  heldout110: { articles: 'test/fixtures/heldout110/articles', gold: 'test/fixtures/heldout110/heldout110.gold.json' },
  heldout111: { articles: 'test/fixtures/heldout111/articles', gold: 'test/fixtures/heldout111/heldout111.gold.json' },
  heldout112: { articles: 'test/fixtures/heldout112/articles', gold: 'test/fixtures/heldout112/heldout112.gold.json' },
  heldout113: { articles: 'test/fixtures/heldout113/articles', gold: 'test/fixtures/heldout113/heldout113.gold.json' },
  heldout114: { articles: 'test/fixtures/heldout114/articles', gold: 'test/fixtures/heldout114/heldout114.gold.json' },
  heldout115: { articles: 'test/fixtures/heldout115/articles', gold: 'test/fixtures/heldout115/heldout115.gold.json' },
  heldout116: { articles: 'test/fixtures/heldout116/articles', gold: 'test/fixtures/heldout116/heldout116.gold.json' },
  heldout117: { articles: 'test/fixtures/heldout117/articles', gold: 'test/fixtures/heldout117/heldout117.gold.json' },
  heldout118: { articles: 'test/fixtures/heldout118/articles', gold: 'test/fixtures/heldout118/heldout118.gold.json' },
  heldout119: { articles: 'test/fixtures/heldout119/articles', gold: 'test/fixtures/heldout119/heldout119.gold.json' },
  heldout120: { articles: 'test/fixtures/heldout120/articles', gold: 'test/fixtures/heldout120/heldout120.gold.json' },
  heldout121: { articles: 'test/fixtures/heldout121/articles', gold: 'test/fixtures/heldout121/heldout121.gold.json' },
  // Real Wikinews articles; relations are annotated for 13 of the 24, so only those are built and scored.
  gumnews: { articles: 'test/fixtures/gumnews/articles', gold: 'test/fixtures/gumnews/gumnews.gold.json' },
} as const;
type Corpus = keyof typeof CORPORA;

// How to read each metric, and which lists (missed, false positives) explain a shortfall.
const METRICS = {
  'entities F1': { read: (score: GraphScore) => score.entities.f1, part: 'entities' },
  'entity duplicates': { read: (score: GraphScore) => score.entities.duplicates, part: 'entities' },
  'relations F1': { read: (score: GraphScore) => score.relations.f1, part: 'relations' },
  'relations precision': { read: (score: GraphScore) => score.relations.precision, part: 'relations' },
  'relations recall': { read: (score: GraphScore) => score.relations.recall, part: 'relations' },
  evidence: { read: (score: GraphScore) => score.evidence, part: 'relations' },
} as const;
type Metric = keyof typeof METRICS;

// The graph.json `newsgraph build <folder>` writes, built in-process with the functions the command calls.
// Only the documents the gold annotates are built: a gold file may cover part of a folder.
async function buildCorpusGraph(folder: string, gold: Gold): Promise<{ graph: SerializedGraph; problems: string[] }> {
  const { documents, problems } = await readInputs([folder], { cwd: ROOT });
  const annotated = new Set(gold.relations.flatMap((relation) => relation.evidence.map((evidence) => evidence.doc)));
  // extractDocument rather than the command's extractSafely: a crash should fail here with its stack, not drop an article.
  const graph = buildGraph(resolveCorpus(documents.filter((document) => annotated.has(document.id)).map((document) => extractDocument(document))));
  return { graph: SerializedGraphSchema.parse(JSON.parse(toGraphJson(graph))), problems: problems.map((problem) => problem.message) };
}

const scores = new Map<Corpus, GraphScore>();
const problems = new Map<Corpus, string[]>();

beforeAll(async () => {
  for (const [corpus, { articles, gold }] of Object.entries(CORPORA) as Array<[Corpus, (typeof CORPORA)[Corpus]]>) {
    const reference = GoldSchema.parse(JSON.parse(readFileSync(join(ROOT, gold), 'utf8')));
    const built = await buildCorpusGraph(articles, reference);
    scores.set(corpus, scoreGraph(built.graph, reference));
    problems.set(corpus, built.problems);
  }
  // Building every corpus takes seconds of CPU, more on a busy machine: jest's 5-second hook limit is no bound on quality.
}, 900_000);

describe('extraction quality', () => {
  it.each(Object.keys(CORPORA))('reads every article of %s', (corpus) => {
    expect(problems.get(corpus as Corpus)).toEqual([]);
  });

  // An empty list passes; a shortfall prints the metric and everything missed or falsely found, so the diff says what broke.
  it.each(BOUNDS)('keeps %s %s %s %s', (corpus, metric, comparison, bound) => {
    const score = scores.get(corpus);
    if (!score) throw new Error(`no score for ${corpus}`);
    const { read, part } = METRICS[metric];
    const value = read(score);
    const shortfall =
      (comparison === '>=' ? value >= bound : value <= bound)
        ? []
        : [
            `${corpus} ${metric} is ${value.toFixed(3)}, not ${comparison} ${bound}`,
            `missed ${part}: ${score[part].missed.join(', ') || '-'}`,
            `false-positive ${part}: ${score[part].falsePositives.join(', ') || '-'}`,
          ];
    expect(shortfall).toEqual([]);
  });
});
