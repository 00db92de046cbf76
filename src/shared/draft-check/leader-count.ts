/**
 * A clause that is only a leader before the number (主要负责人15次主持召开…, 班子成员先后8次领学): the number counts that
 * leader's own acts, and the words after it name which; the leader alone names no measure.
 */
export const LEADER_ONLY = /^(?:全年|今年|本年度?)?(?:党政)?(?:主要负责人|主要领导|分管领导|班子成员|领导班子成员|领导班子|本人|我|党委书记|党组书记|书记|[局县区市镇乡]长)(?:全年|先后|共|累计|带头|亲自)?$/u;
