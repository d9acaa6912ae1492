import { z } from 'zod';
import {
  removeNotificationInput,
  saveNotificationInput,
  saveRecipientInput,
  type NotificationsOverview,
} from '../notifications';
import { id } from '../review';
import { read, write, type Saved } from './op';

/** The notifications log: Regulation 40, 48 and 49 notices, and each person told. */
export const notificationsOperations = {
  'notifications.list': read<NotificationsOverview>()(z.strictObject({ homeId: id })),
  'notifications.save': write<Saved<NotificationsOverview>>()(saveNotificationInput),
  'notifications.saveRecipient': write<NotificationsOverview>()(saveRecipientInput),
  'notifications.remove': write<NotificationsOverview>()(removeNotificationInput),
} as const;
