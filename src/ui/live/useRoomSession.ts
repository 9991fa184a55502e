// Joins the route's room once the document is open and the person has a
// name; leaves when the route drops the room or the editor closes.
import { useEffect, useState } from "react";
import type { RoomLink } from "../../domain/roomLink";
import { joinRoom, leaveRoom, rememberedName, rememberName } from "../../store/liveSession";

export function useRoomSession(room: RoomLink | null) {
  const [name, setName] = useState(rememberedName);
  const roomKey = room ? `${room.roomId},${room.secret}` : null;
  // roomKey stands for room: a new object for the same link must not rejoin.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!room || !name) return;
    void joinRoom(room, name);
    return () => void leaveRoom();
  }, [roomKey, name]);
  return {
    name,
    needsName: room !== null && !name,
    setName: (value: string) => {
      rememberName(value);
      setName(value);
    },
  };
}
