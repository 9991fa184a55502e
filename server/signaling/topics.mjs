// Topic registry: topic (a room id) → its subscribers, and each subscriber's own topic set.
// A subscribe is all-or-nothing: refused whole if it would pass either cap.

/** @typedef {{ topics: Set<string> }} Member */

/**
 * @param {{ maxTopicsPerConnection: number, maxSubscribersPerTopic: number }} caps
 */
export function createTopics(caps) {
  /** @type {Map<string, Set<Member>>} */
  const subscribers = new Map();

  /** @param {Member} member @param {string} topic */
  const leave = (member, topic) => {
    const set = subscribers.get(topic);
    set?.delete(member);
    if (set?.size === 0) subscribers.delete(topic);
    member.topics.delete(topic);
  };

  return {
    get size() {
      return subscribers.size;
    },
    /** @param {string} topic */
    subscribersOf(topic) {
      return subscribers.get(topic);
    },
    /**
     * @param {Member} member
     * @param {string[]} topics distinct topics
     * @returns {boolean} false if refused by a cap (nothing changed)
     */
    subscribe(member, topics) {
      const fresh = topics.filter((topic) => !member.topics.has(topic));
      if (member.topics.size + fresh.length > caps.maxTopicsPerConnection) return false;
      const full = (/** @type {string} */ topic) =>
        (subscribers.get(topic)?.size ?? 0) >= caps.maxSubscribersPerTopic;
      if (fresh.some(full)) return false;
      for (const topic of fresh) {
        const set = subscribers.get(topic) ?? new Set();
        subscribers.set(topic, set.add(member));
        member.topics.add(topic);
      }
      return true;
    },
    /** @param {Member} member @param {string[]} topics */
    unsubscribe(member, topics) {
      for (const topic of topics) leave(member, topic);
    },
    /** @param {Member} member */
    leaveAll(member) {
      for (const topic of [...member.topics]) leave(member, topic);
    },
  };
}
